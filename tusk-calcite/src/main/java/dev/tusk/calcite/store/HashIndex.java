package dev.tusk.calcite.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Objects;

/**
 * A hash index on some columns of a table, unique (PRIMARY KEY, UNIQUE) or not. Like a PostgreSQL index it
 * points at every version of a key, live or not yet reclaimed; a lookup returns the one its snapshot sees.
 * Lookups take no lock and allocate nothing. A unique index checks each insert and update against the
 * latest state and fails with 23505.
 */
public final class HashIndex {

    private static final VarHandle BUCKET = MethodHandles.arrayElementVarHandle(Entry[].class);

    private final StoredTable table;
    private final String name;
    private final boolean unique;
    private final boolean nullsDistinct;
    private final List<IndexColumn> columns;
    private final int[] positions;
    private final KeyEquivalence[] equivalences;

    /** Read without locks; replaced whole when it grows. */
    private volatile Entry[] buckets = new Entry[16];

    /** Entries, guarded by the table's mutation lock. */
    private int size;

    /** One version in one bucket chain. Chains change only at the head (insert) or by unlinking. */
    private static final class Entry {
        final int hash;
        final RowHandle version;
        volatile Entry next;

        Entry(int hash, RowHandle version, Entry next) {
            this.hash = hash;
            this.version = version;
            this.next = next;
        }
    }

    HashIndex(StoredTable table, String name, boolean unique, boolean nullsDistinct, List<IndexColumn> columns) {
        this.table = table;
        this.name = Objects.requireNonNull(name, "name");
        this.unique = unique;
        this.nullsDistinct = nullsDistinct;
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one column");
        }
        positions = new int[this.columns.size()];
        equivalences = new KeyEquivalence[positions.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = this.columns.get(i).position();
            equivalences[i] = this.columns.get(i).equivalence();
        }
    }

    /** The index (constraint) name. */
    public String name() {
        return name;
    }

    /** The table. */
    public StoredTable table() {
        return table;
    }

    /** Whether keys must be unique. */
    public boolean isUnique() {
        return unique;
    }

    /** Whether NULLs are distinct (PostgreSQL's default); if so rows with a NULL key column are not indexed. */
    public boolean nullsDistinct() {
        return nullsDistinct;
    }

    /** The key columns. */
    public List<IndexColumn> columns() {
        return columns;
    }

    /**
     * The version the snapshot sees whose one-column key equals {@code key}, or null; for a non-unique index
     * the first one found. No lock, no allocation.
     */
    public RowHandle lookup(Object key, Snapshot snapshot) {
        if (positions.length != 1) {
            throw new IllegalArgumentException("index " + name + " has " + positions.length + " columns");
        }
        if (key == null && nullsDistinct) {
            return null;
        }
        KeyEquivalence eq = equivalences[0];
        int col = positions[0];
        int h = spread(31 + (key == null ? 0 : eq.hash(key)));
        Entry[] tab = buckets;
        for (Entry e = (Entry) BUCKET.getAcquire(tab, h & (tab.length - 1)); e != null; e = e.next) {
            if (e.hash == h) {
                RowHandle v = e.version;
                if (same(eq, v.row[col], key) && snapshot.sees(v)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The version the snapshot sees with this key (one value per key column), or null. */
    public RowHandle lookup(Object[] key, Snapshot snapshot) {
        checkKeyLength(key);
        if (nullsDistinct && hasNull(key, null)) {
            return null;
        }
        int h = hashKey(key);
        Entry[] tab = buckets;
        for (Entry e = (Entry) BUCKET.getAcquire(tab, h & (tab.length - 1)); e != null; e = e.next) {
            if (e.hash == h) {
                RowHandle v = e.version;
                if (matchesKey(v.row, key) && snapshot.sees(v)) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * Whether the snapshot sees a row with this key: the foreign-key check for a row of a referencing table
     * (use {@link Transaction#latestSnapshot()} while holding this table's SHARE lock).
     */
    public boolean exists(Object[] key, Snapshot snapshot) {
        return lookup(key, snapshot) != null;
    }

    /** Every version the snapshot sees with this key (a non-unique index: the rows referencing a key). */
    public RowCursor lookupAll(Object[] key, Snapshot snapshot) {
        checkKeyLength(key);
        if (nullsDistinct && hasNull(key, null)) {
            return new KeyScan(null, key, snapshot, 0);
        }
        int h = hashKey(key);
        Entry[] tab = buckets;
        return new KeyScan((Entry) BUCKET.getAcquire(tab, h & (tab.length - 1)), key, snapshot, h);
    }

    /** A cursor along one bucket chain. */
    private final class KeyScan implements RowCursor {
        private final Object[] key;
        private final Snapshot snapshot;
        private final int hash;
        private Entry next;
        private RowHandle current;

        KeyScan(Entry first, Object[] key, Snapshot snapshot, int hash) {
            this.next = first;
            this.key = key;
            this.snapshot = snapshot;
            this.hash = hash;
        }

        @Override
        public boolean next() {
            for (Entry e = next; e != null; e = e.next) {
                if (e.hash == hash) {
                    RowHandle v = e.version;
                    if (matchesKey(v.row, key) && snapshot.sees(v)) {
                        next = e.next;
                        current = v;
                        return true;
                    }
                }
            }
            next = null;
            current = null;
            return false;
        }

        @Override
        public RowHandle handle() {
            return current;
        }
    }

    /** "(a, b)=(1, x)" for the DETAIL of a unique violation. */
    String describeKey(Object[] row) {
        StringBuilder names = new StringBuilder("(");
        StringBuilder values = new StringBuilder("(");
        for (int i = 0; i < positions.length; i++) {
            if (i > 0) {
                names.append(", ");
                values.append(", ");
            }
            IndexColumn c = columns.get(i);
            names.append(c.name());
            Object value = row[c.position()];
            values.append(value == null ? "null" : c.render().apply(value));
        }
        return names.append(")=").append(values).append(')').toString();
    }

    /** 23505 if a live version other than {@code except} has the key of {@code row}. */
    void checkUnique(Transaction tx, Object[] row, RowHandle except) {
        if (findLive(tx, row, except) != null) {
            throw StoreErrors.uniqueViolation(this, row);
        }
    }

    /** A version live for a writer of tx with the key of {@code row}, other than {@code except}, or null. */
    RowHandle findLive(Transaction tx, Object[] row, RowHandle except) {
        if (nullsDistinct && hasNull(row, positions)) {
            return null;
        }
        int h = hashRow(row);
        Entry[] tab = buckets;
        for (Entry e = (Entry) BUCKET.getAcquire(tab, h & (tab.length - 1)); e != null; e = e.next) {
            RowHandle v = e.version;
            if (e.hash == h && v != except && matchesRow(v.row, row) && StoredTable.liveForWriter(v, tx)) {
                return v;
            }
        }
        return null;
    }

    /** Adds a version. Caller holds the table's mutation lock. */
    void add(RowHandle v) {
        if (nullsDistinct && hasNull(v.row, positions)) {
            return;
        }
        Entry[] tab = buckets;
        if (size >= tab.length - (tab.length >>> 2)) {
            tab = resize(tab);
        }
        int h = hashRow(v.row);
        int i = h & (tab.length - 1);
        BUCKET.setRelease(tab, i, new Entry(h, v, (Entry) tab[i]));
        size++;
    }

    /** Unlinks a version. Caller holds the table's mutation lock. Readers on the chain keep going. */
    void remove(RowHandle v) {
        if (nullsDistinct && hasNull(v.row, positions)) {
            return;
        }
        int h = hashRow(v.row);
        Entry[] tab = buckets;
        int i = h & (tab.length - 1);
        Entry prev = null;
        for (Entry e = tab[i]; e != null; prev = e, e = e.next) {
            if (e.version == v) {
                if (prev == null) {
                    BUCKET.setRelease(tab, i, e.next);
                } else {
                    prev.next = e.next;
                }
                size--;
                return;
            }
        }
    }

    /** Entries held (versions of keys, live or not yet reclaimed). */
    public int entryCount() {
        return size;
    }

    private Entry[] resize(Entry[] old) {
        Entry[] tab = new Entry[old.length * 2];
        int mask = tab.length - 1;
        for (Entry head : old) {
            for (Entry e = head; e != null; e = e.next) {
                int i = e.hash & mask;
                tab[i] = new Entry(e.hash, e.version, tab[i]);
            }
        }
        buckets = tab;
        return tab;
    }

    private void checkKeyLength(Object[] key) {
        if (key.length != positions.length) {
            throw new IllegalArgumentException(
                    "index " + name + " has " + positions.length + " columns, got " + key.length);
        }
    }

    private static boolean hasNull(Object[] values, int[] at) {
        if (at == null) {
            for (Object o : values) {
                if (o == null) {
                    return true;
                }
            }
            return false;
        }
        for (int p : at) {
            if (values[p] == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(KeyEquivalence eq, Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return eq.equal(a, b);
    }

    private boolean matchesKey(Object[] row, Object[] key) {
        for (int i = 0; i < positions.length; i++) {
            if (!same(equivalences[i], row[positions[i]], key[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesRow(Object[] a, Object[] b) {
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            if (!same(equivalences[i], a[p], b[p])) {
                return false;
            }
        }
        return true;
    }

    private int hashKey(Object[] key) {
        int h = 1;
        for (int i = 0; i < positions.length; i++) {
            Object o = key[i];
            h = 31 * h + (o == null ? 0 : equivalences[i].hash(o));
        }
        return spread(h);
    }

    private int hashRow(Object[] row) {
        int h = 1;
        for (int i = 0; i < positions.length; i++) {
            Object o = row[positions[i]];
            h = 31 * h + (o == null ? 0 : equivalences[i].hash(o));
        }
        return spread(h);
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return name;
    }
}

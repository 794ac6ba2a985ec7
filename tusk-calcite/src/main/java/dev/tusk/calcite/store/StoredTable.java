package dev.tusk.calcite.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One table's rows, as versions: insert, update and delete in a transaction, scans and index lookups with
 * a snapshot, transactional TRUNCATE. Rows are {@code Object[]} in the caller's representation; the store
 * keeps the arrays it is given (do not modify them afterwards) and compares values only through the key
 * equivalences of its indexes.
 *
 * <p>A transaction's first write to a table takes the table's EXCLUSIVE lock, held until it ends, so
 * writers of one table follow each other (readers never wait). Unique indexes are checked against the
 * latest state at each insert and update, as PostgreSQL's non-deferrable constraints are.
 */
public final class StoredTable {

    private final TableStore store;
    private final String schema;
    private final String name;
    final TableLock lock = new TableLock(this);

    /** Guards the heap, the index structures and the dead-version queue against concurrent writers and vacuum. */
    private final ReentrantLock mutation = new ReentrantLock();

    private final Heap heap = new Heap();
    private volatile HashIndex[] indexes = new HashIndex[0];

    /** Set once the table was dropped or replaced by a rewrite (ALTER TABLE) that committed. */
    volatile boolean dropped;

    /** Versions deleted by committed transactions, in commit order, waiting until no snapshot sees them. */
    private final ArrayDeque<RowHandle> dead = new ArrayDeque<>();

    StoredTable(TableStore store, String schema, String name) {
        this.store = store;
        this.schema = schema;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The schema name (for error fields), or null. */
    public String schema() {
        return schema;
    }

    /** The table name (for error fields). */
    public String name() {
        return name;
    }

    /**
     * Whether the table was dropped, or replaced by a rewritten copy (ALTER TABLE) that committed: a plan that
     * still reads it is stale.
     */
    public boolean isDropped() {
        return dropped;
    }

    /** The store this table belongs to. */
    public TableStore store() {
        return store;
    }

    /**
     * Locks the table for tx until it ends, waiting (under the running statement's {@link WaitPolicy}) for
     * conflicting holders; fails with 40P01 when waiting would deadlock.
     */
    public void lock(Transaction tx, LockMode mode) {
        tx.requireActive();
        if (lock.exclusive == tx) {
            return;
        }
        store.locks().acquire(tx, lock, mode, tx.waitPolicy());
    }

    /** Whether tx holds this table's lock in at least the given mode. */
    public boolean isLockedBy(Transaction tx, LockMode mode) {
        return store.locks().holds(tx, lock, mode);
    }

    /** A cursor over the rows the snapshot sees. Cheap to open; allocates nothing per row. */
    public RowCursor scan(Snapshot snapshot) {
        return new HeapScan(heap, snapshot);
    }

    /**
     * Inserts a row in the running statement of tx; 23505 if a unique index already has its key (the
     * statement's earlier rows stay until the caller aborts the statement).
     */
    public RowHandle insert(Transaction tx, Object[] row) {
        Objects.requireNonNull(row, "row");
        tx.requireStatement();
        lock(tx, LockMode.EXCLUSIVE);
        HashIndex[] idx = indexes;
        mutation.lock();
        try {
            for (HashIndex i : idx) {
                if (i.isUnique()) {
                    i.checkUnique(tx, row, null);
                }
            }
            RowHandle v = new RowHandle(row, tx, tx.commandId());
            heap.add(v);
            for (HashIndex i : idx) {
                i.add(v);
            }
            tx.log(this, v, UndoLog.INSERT);
            return v;
        } finally {
            mutation.unlock();
        }
    }

    /**
     * Replaces the version {@code old} (seen by the running statement's snapshot) with a new row and returns
     * the new version; returns null when this transaction already updated or deleted that version (as
     * PostgreSQL skips a row its own statement changed). 23505 on a unique key clash; 40001 when a
     * transaction the snapshot does not see changed the row.
     */
    public RowHandle update(Transaction tx, RowHandle old, Object[] newRow) {
        Objects.requireNonNull(newRow, "newRow");
        tx.requireStatement();
        lock(tx, LockMode.EXCLUSIVE);
        HashIndex[] idx = indexes;
        mutation.lock();
        try {
            if (!modifiable(tx, old)) {
                return null;
            }
            for (HashIndex i : idx) {
                if (i.isUnique()) {
                    i.checkUnique(tx, newRow, old);
                }
            }
            int cid = tx.commandId();
            RowHandle v = new RowHandle(newRow, tx, cid);
            old.cmax = cid;
            old.replaced = true;
            old.xmax = tx;
            tx.log(this, old, UndoLog.DELETE);
            heap.add(v);
            for (HashIndex i : idx) {
                i.add(v);
            }
            tx.log(this, v, UndoLog.INSERT);
            return v;
        } finally {
            mutation.unlock();
        }
    }

    /**
     * Deletes the version (seen by the running statement's snapshot); false when this transaction already
     * updated or deleted it; 40001 when a transaction the snapshot does not see changed it.
     */
    public boolean delete(Transaction tx, RowHandle row) {
        tx.requireStatement();
        lock(tx, LockMode.EXCLUSIVE);
        mutation.lock();
        try {
            if (!modifiable(tx, row)) {
                return false;
            }
            markDeleted(tx, row, tx.commandId());
            return true;
        } finally {
            mutation.unlock();
        }
    }

    private void markDeleted(Transaction tx, RowHandle row, int cid) {
        row.cmax = cid;
        row.replaced = false;
        row.xmax = tx;
        tx.log(this, row, UndoLog.DELETE);
    }

    /** Whether tx may delete or replace v now: false if tx itself already did; throws on a concurrent change. */
    private boolean modifiable(Transaction tx, RowHandle v) {
        Transaction c = v.xmin;
        if (c != tx && c.commitSequence() <= 0) {
            throw StoreErrors.invisibleRow();
        }
        Transaction d = v.xmax;
        if (d == null) {
            return true;
        }
        if (d == tx) {
            if (v.cmax == RowHandle.KILLED) {
                throw StoreErrors.invisibleRow();
            }
            return false;
        }
        long dc = d.commitSequence();
        if (dc < 0) {
            return true; // deleted by a transaction that rolled back
        }
        if (dc > 0) {
            throw StoreErrors.concurrentChange(v.replaced);
        }
        throw new IllegalStateException("row changed by a running transaction while " + tx + " holds the lock");
    }

    /**
     * Deletes every row, transactionally as in PostgreSQL: a rollback brings them back. Unlike PostgreSQL's
     * TRUNCATE it is MVCC-safe: snapshots taken before the commit still see the rows.
     */
    public void truncate(Transaction tx) {
        tx.requireStatement();
        lock(tx, LockMode.EXCLUSIVE);
        int cid = tx.commandId();
        mutation.lock();
        try {
            int end = heap.highWater();
            RowHandle[][] segs = heap.segments();
            for (int p = 0; p < end; p++) {
                RowHandle v = segs[p >>> Heap.SHIFT][p & Heap.MASK];
                if (v != null && liveForWriter(v, tx)) {
                    markDeleted(tx, v, cid);
                }
            }
        } finally {
            mutation.unlock();
        }
    }

    /**
     * Whether a version counts for a writer of tx that holds the table's lock: created by a committed
     * transaction or by tx, and not deleted by a committed transaction or by tx.
     */
    static boolean liveForWriter(RowHandle v, Transaction tx) {
        Transaction c = v.xmin;
        if (c != tx && c.commitSequence() <= 0) {
            return false;
        }
        Transaction d = v.xmax;
        if (d == null) {
            return true;
        }
        if (d == tx) {
            return false;
        }
        return d.commitSequence() <= 0;
    }

    /**
     * Creates a hash index on the given columns; a unique one first checks the rows already there (23505
     * "could not create unique index"). Takes the EXCLUSIVE lock for tx. The index exists at once for every
     * transaction; dropping it again if tx rolls back is the caller's (catalog's) business.
     *
     * @param nullsDistinct PostgreSQL's default: rows with a NULL in the key never clash (and are not
     *     indexed); false for UNIQUE NULLS NOT DISTINCT
     */
    public HashIndex createIndex(
            Transaction tx, String indexName, boolean unique, boolean nullsDistinct, List<IndexColumn> columns) {
        tx.requireActive();
        lock(tx, LockMode.EXCLUSIVE);
        HashIndex index = new HashIndex(this, indexName, unique, nullsDistinct, columns);
        mutation.lock();
        try {
            int end = heap.highWater();
            RowHandle[][] segs = heap.segments();
            for (int p = 0; p < end; p++) {
                RowHandle v = segs[p >>> Heap.SHIFT][p & Heap.MASK];
                if (v == null) {
                    continue;
                }
                if (unique && liveForWriter(v, tx) && index.findLive(tx, v.row, null) != null) {
                    throw StoreErrors.duplicateOnCreate(index, v.row);
                }
                index.add(v);
            }
            HashIndex[] old = indexes;
            HashIndex[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = index;
            indexes = grown;
            return index;
        } finally {
            mutation.unlock();
        }
    }

    /**
     * Removes an index (DROP INDEX, or undoing a CREATE INDEX): writes no longer maintain or check it. Its entries
     * stay, so a statement still reading through it (planned before the drop, with a snapshot taken before it)
     * finds every version it can see; the index is garbage once no plan refers to it.
     */
    public void dropIndex(HashIndex index) {
        mutation.lock();
        try {
            List<HashIndex> keep = new ArrayList<>(Arrays.asList(indexes));
            if (keep.remove(index)) {
                indexes = keep.toArray(new HashIndex[0]);
            }
        } finally {
            mutation.unlock();
        }
    }

    /** The indexes, in creation order. */
    public List<HashIndex> indexes() {
        return List.of(indexes);
    }

    /** The index with this name, or null. */
    public HashIndex index(String indexName) {
        for (HashIndex i : indexes) {
            if (i.name().equals(indexName)) {
                return i;
            }
        }
        return null;
    }

    /**
     * The live row whose key clashes with {@code row} in some unique index, or null: the check an insert
     * makes, without the error, for INSERT ... ON CONFLICT. Sees the latest state; hold a lock on the table.
     */
    public RowHandle findConflict(Transaction tx, Object[] row) {
        for (HashIndex i : indexes) {
            if (i.isUnique()) {
                RowHandle v = i.findLive(tx, row, null);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * Reclaims versions deleted by transactions that committed before every live snapshot; runs at the end
     * of each commit that wrote this table, and may be called at any time.
     */
    public void vacuum() {
        if (dead.isEmpty()) {
            return;
        }
        long horizon = store.transactions().horizon();
        mutation.lock();
        try {
            RowHandle v;
            while ((v = dead.peekFirst()) != null) {
                Transaction d = v.xmax;
                if (d == null || d.csn > horizon) {
                    break;
                }
                dead.pollFirst();
                removeVersion(v);
            }
        } finally {
            mutation.unlock();
        }
    }

    /** Versions held in memory, live or dead: for monitoring and for tests that memory stays bounded. */
    public int versionCount() {
        return heap.count();
    }

    /** Slots the heap spans, used or free. */
    public int slotCount() {
        return heap.highWater();
    }

    /** Versions deleted by committed transactions and not yet reclaimed. */
    public int deadVersionCount() {
        mutation.lock();
        try {
            return dead.size();
        } finally {
            mutation.unlock();
        }
    }

    /** Moves the DELETE entries of one table's run in the undo log to the dead queue at commit; returns the run's end. */
    int retireDeleted(UndoLog undo, int from, Transaction tx) {
        int n = undo.size();
        int i = from;
        mutation.lock();
        try {
            for (; i < n && undo.table(i) == this; i++) {
                if (undo.kind(i) == UndoLog.DELETE) {
                    RowHandle v = undo.version(i);
                    if (v.xmax == tx) {
                        dead.addLast(v);
                    }
                }
            }
        } finally {
            mutation.unlock();
        }
        return i;
    }

    /** Undoes one change of tx (newest first): kills an inserted version or revives a deleted one. */
    void undo(RowHandle v, byte kind, Transaction tx) {
        mutation.lock();
        try {
            if (kind == UndoLog.INSERT) {
                v.cmax = RowHandle.KILLED;
                v.xmax = tx;
                removeVersion(v);
            } else if (v.xmax == tx) {
                v.replaced = false;
                v.xmax = null;
            }
        } finally {
            mutation.unlock();
        }
    }

    private void removeVersion(RowHandle v) {
        for (HashIndex i : indexes) {
            i.remove(v);
        }
        heap.remove(v);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}

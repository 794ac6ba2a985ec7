package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.HashIndex;
import dev.tusk.calcite.store.RowCursor;
import dev.tusk.calcite.store.RowHandle;
import dev.tusk.calcite.store.Snapshot;
import java.math.BigDecimal;
import java.util.NoSuchElementException;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Reads a table through one of its hash indexes: for each key row (one value per index column), the versions
 * with that key that the running statement's snapshot sees, shaped as {@link TuskTable#scan} shapes rows. Plans
 * call it from generated code (see {@code dev.tusk.calcite.plan.TuskIndexLookup}).
 */
public final class IndexLookup {
    /** How a key value becomes the column's own representation. */
    public enum Narrowing {
        /** The key already has the column's representation. */
        NONE,
        /** A wider number compared with an int2 column: a Short when exactly representable, else no row. */
        TO_SHORT,
        /** A wider number compared with an int4 column: an Integer when exactly representable, else no row. */
        TO_INT,
        /** A wider number compared with an int8 column: a Long when exactly representable, else no row. */
        TO_LONG
    }

    private final TuskTable table;
    private final HashIndex index;
    private final Narrowing[] narrowing;
    private final boolean scalar;

    /**
     * Creates a lookup.
     *
     * @param table the table as the plan sees it (with or without row handles)
     * @param index one of {@link TuskTable#indexes()}
     * @param narrowing per index column, how its key value converts
     * @param scalar whether rows are returned bare (a one-column row type)
     */
    public IndexLookup(TuskTable table, HashIndex index, Narrowing[] narrowing, boolean scalar) {
        if (narrowing.length != index.columns().size()) {
            throw new IllegalArgumentException(
                    "index " + index.name() + " needs " + index.columns().size() + " keys");
        }
        this.table = table;
        this.index = index;
        this.narrowing = narrowing.clone();
        this.scalar = scalar;
    }

    /** The index read. */
    public HashIndex index() {
        return index;
    }

    /** The rows matching each key row of {@code keys} (rows as arrays, one value per index column). */
    public Enumerable<Object> rows(DataContext root, Enumerable<Object[]> keys) {
        Snapshot snapshot = (Snapshot) root.get(TuskTable.SNAPSHOT);
        if (snapshot == null) {
            throw new IllegalStateException(
                    "no snapshot for a lookup in " + table.def().qualifiedName());
        }
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object> enumerator() {
                return new Rows(keys.enumerator(), snapshot);
            }
        };
    }

    /** The key in the column's representation, or null when no row can match (a NULL, an out-of-range number). */
    private Object[] key(Object[] values) {
        Object[] key = new Object[narrowing.length];
        for (int i = 0; i < key.length; i++) {
            Object v = values[i];
            if (v == null) {
                return null; // col = NULL is never true
            }
            v = narrow(v, narrowing[i]);
            if (v == null) {
                return null;
            }
            key[i] = v;
        }
        return key;
    }

    static Object narrow(Object v, Narrowing n) {
        if (n == Narrowing.NONE) {
            return v;
        }
        long l;
        if (v instanceof BigDecimal d) {
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                return null;
            }
            try {
                l = d.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            l = ((Number) v).longValue();
        } else {
            throw new IllegalStateException("cannot narrow " + v.getClass().getName());
        }
        return switch (n) {
            case TO_SHORT -> l == (short) l ? (Object) (short) l : null;
            case TO_INT -> l == (int) l ? (Object) (int) l : null;
            case TO_LONG -> l;
            case NONE -> throw new AssertionError();
        };
    }

    /** The matches of each key row in turn. */
    private final class Rows implements Enumerator<Object> {
        private final Enumerator<Object[]> keys;
        private final Snapshot snapshot;
        private final int width = table.def().columns().size();
        private RowCursor cursor;
        private Object current;

        Rows(Enumerator<Object[]> keys, Snapshot snapshot) {
            this.keys = keys;
            this.snapshot = snapshot;
        }

        @Override
        public Object current() {
            if (current == null) {
                throw new NoSuchElementException();
            }
            return current;
        }

        @Override
        public boolean moveNext() {
            while (true) {
                if (cursor != null && cursor.next()) {
                    current = shape(cursor.handle());
                    return true;
                }
                cursor = null;
                if (!keys.moveNext()) {
                    current = null;
                    return false;
                }
                Object[] key = key(keys.current());
                if (key != null) {
                    cursor = index.lookupAll(key, snapshot);
                }
            }
        }

        private Object shape(RowHandle v) {
            Object[] row = v.row();
            if (table.withHandles()) {
                Object[] r = new Object[width + 1];
                System.arraycopy(row, 0, r, 0, width);
                r[width] = v;
                return r;
            }
            return scalar ? row[0] : row;
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException("reset");
        }

        @Override
        public void close() {
            keys.close();
        }
    }
}

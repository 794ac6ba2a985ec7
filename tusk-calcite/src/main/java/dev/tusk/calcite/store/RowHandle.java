package dev.tusk.calcite.store;

/**
 * One version of a row, as the store keeps it: the values, the transaction and command that created it,
 * and the ones that deleted or replaced it. Callers get handles from scans and lookups and pass them back
 * to update or delete that version; the values array belongs to the store and must not be modified.
 */
public final class RowHandle {

    /** {@link #cmax} of a version undone by its own transaction: invisible to it and to everyone. */
    static final int KILLED = Integer.MIN_VALUE;

    final Object[] row;
    final Transaction xmin;
    final int cmin;
    /**
     * The commit sequence number of {@link #xmin} once a reader saw it committed (0 before): a hint, like
     * PostgreSQL's hint bits, that spares scans a visit to the creating transaction. Written racily with the
     * one value it can have (volatile only so that a 64-bit write cannot tear).
     */
    volatile long xminCsnHint;
    /** The transaction that deleted or replaced this version (null: none). Written after {@link #cmax}. */
    volatile Transaction xmax;
    /** The command of {@link #xmax} that deleted it; only its own transaction reads it. */
    int cmax;
    /** Whether {@link #xmax} replaced this version by an UPDATE (else a DELETE or TRUNCATE). */
    boolean replaced;
    /** The heap slot; -1 once reclaimed or undone. Guarded by the table's mutation lock. */
    int slot = -1;

    RowHandle(Object[] row, Transaction xmin, int cmin) {
        this.row = row;
        this.xmin = xmin;
        this.cmin = cmin;
    }

    /** The row's values, in the caller's representation. Do not modify the array. */
    public Object[] row() {
        return row;
    }

    /** The value of one column. */
    public Object get(int column) {
        return row[column];
    }

    @Override
    public String toString() {
        return "RowHandle" + java.util.Arrays.toString(row);
    }
}

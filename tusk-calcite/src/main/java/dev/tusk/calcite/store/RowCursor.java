package dev.tusk.calcite.store;

/**
 * A forward-only cursor over the row versions a snapshot sees, from a table scan or an index lookup. It
 * allocates nothing per row: {@link #row()} and {@link #handle()} describe the current row until the next
 * call to {@link #next()}.
 */
public interface RowCursor {

    /** Moves to the next visible row; false at the end. */
    boolean next();

    /** The current row's handle, for update and delete. */
    RowHandle handle();

    /** The current row's values (the store's array: do not modify it). */
    default Object[] row() {
        return handle().row();
    }
}

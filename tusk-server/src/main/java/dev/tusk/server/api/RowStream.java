package dev.tusk.server.api;

import java.util.Iterator;
import java.util.List;

/**
 * A pull-based stream of result rows. The server calls {@link #next()} only as fast as the client reads,
 * so a producer never has to hold a whole result in memory. Not thread-safe: one consumer.
 */
public interface RowStream extends AutoCloseable {

    /** Advances to the next row; returns false at the end. May block. */
    boolean next() throws Exception;

    /**
     * The value of a column of the current row as a Java value the column's type codec accepts (see
     * tusk-types), or null for SQL NULL.
     */
    Object get(int column);

    /** Stops the producer and releases its resources. Called exactly once, whatever happened. */
    @Override
    default void close() throws Exception {}

    /** A stream over rows already in memory, each row an array of column values. */
    static RowStream of(List<Object[]> rows) {
        return of(rows.iterator());
    }

    /** A stream over an iterator of rows, each row an array of column values. */
    static RowStream of(Iterator<Object[]> rows) {
        return new RowStream() {
            private Object[] current;

            @Override
            public boolean next() {
                if (!rows.hasNext()) {
                    current = null;
                    return false;
                }
                current = rows.next();
                return true;
            }

            @Override
            public Object get(int column) {
                return current[column];
            }
        };
    }
}

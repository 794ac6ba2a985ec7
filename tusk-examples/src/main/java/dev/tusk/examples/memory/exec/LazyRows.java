package dev.tusk.examples.memory.exec;

import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.RowStream;
import java.util.Iterator;

/** A row stream over a lazy iterator of rows that checks for a cancel every few thousand rows. */
final class LazyRows implements RowStream {

    private final Iterator<Object[]> rows;
    private final ExecutionContext execution;
    private Object[] current;
    private long count;

    LazyRows(Iterator<Object[]> rows, ExecutionContext execution) {
        this.rows = rows;
        this.execution = execution;
    }

    @Override
    public boolean next() {
        if ((++count & 4095) == 0) {
            execution.checkCancelled();
        }
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
}

package dev.tusk.examples.memory;

import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import java.util.List;

/**
 * A prepared statement of the {@link MemoryEngine}: its parameter types and columns are fixed at prepare
 * time; each execution plans the statement again against the tables as the transaction sees them then.
 */
final class MemoryQuery implements PreparedQuery {

    private final MemorySession session;
    private final Statement statement;
    private final int[] parameterTypes;
    private final List<Column> columns;

    MemoryQuery(MemorySession session, Statement statement, int[] parameterTypes, List<Column> columns) {
        this.session = session;
        this.statement = statement;
        this.parameterTypes = parameterTypes;
        this.columns = List.copyOf(columns);
    }

    @Override
    public int[] parameterTypes() {
        return parameterTypes.clone();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        return session.execute(statement, parameterTypes, parameters, context);
    }
}

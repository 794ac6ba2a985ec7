package dev.tusk.server.internal;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import java.util.List;

/** The statement an empty query string prepares to: no parameters, no columns, EmptyQueryResponse. */
final class EmptyPreparedQuery implements PreparedQuery {
    static final EmptyPreparedQuery INSTANCE = new EmptyPreparedQuery();

    private EmptyPreparedQuery() {}

    @Override
    public int[] parameterTypes() {
        return new int[0];
    }

    @Override
    public List<Column> columns() {
        return List.of();
    }

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        return QueryResult.Empty.INSTANCE;
    }
}

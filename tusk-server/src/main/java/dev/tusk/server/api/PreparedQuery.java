package dev.tusk.server.api;

import java.util.List;

/** A parsed and analysed statement: what Describe reports and what Execute runs. */
public interface PreparedQuery extends AutoCloseable {

    /** The parameter type OIDs, one per {@code $n}, as sent in ParameterDescription. */
    int[] parameterTypes();

    /**
     * The result columns, as sent in RowDescription, or an empty list when the statement returns no rows
     * (NoData). Column formats are chosen by the client at Bind time; the server applies them.
     */
    List<Column> columns();

    /**
     * Runs the statement. May block; should poll {@link ExecutionContext#isCancelled()} in long loops.
     * A {@link QueryResult.Rows} result is streamed: the server pulls rows as the client reads them and
     * closes the stream at the end, on cancel, on a row limit followed by portal close, or on disconnect.
     *
     * @throws PgException with PostgreSQL's SQLSTATE when execution fails
     */
    QueryResult execute(Parameters parameters, ExecutionContext context) throws PgException;

    /** Releases what the statement holds; called when the client closes it or the connection ends. */
    @Override
    default void close() {}
}

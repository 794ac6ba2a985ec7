package dev.tusk.server.api;

import java.util.List;

/** One connection's view of the engine: turns SQL text into prepared queries. */
public interface QuerySession extends AutoCloseable {

    /**
     * Parses and analyses one statement. The result must be able to describe its parameter types and
     * result columns without executing anything (extended-protocol Describe).
     *
     * @param sql one statement, without a trailing semicolon
     * @param declaredParameterTypes the parameter type OIDs the client declared in Parse, 0 where it left
     *     the type unspecified (the array may be shorter than the number of parameters)
     * @throws PgException with PostgreSQL's SQLSTATE when the statement is invalid
     */
    PreparedQuery prepare(String sql, int[] declaredParameterTypes) throws PgException;

    /**
     * Splits a simple-query string into statements. The default splits on top-level semicolons,
     * honouring quotes, dollar quotes and comments, as PostgreSQL does.
     */
    default List<String> splitStatements(String sql) {
        return SqlSplitter.split(sql);
    }

    /**
     * A cursor the engine opened with SQL ({@code DECLARE name CURSOR ...}), which PostgreSQL lets the extended
     * protocol Describe and Execute as a portal of that name: a statement without parameters whose columns are the
     * cursor's and whose execution returns the cursor's remaining rows, advancing it. Asked only for names that are
     * not the protocol's own portals; the default has no cursors.
     *
     * @return the cursor as a statement, or null when the engine has no cursor of that name
     */
    default PreparedQuery cursor(String name) {
        return null;
    }

    /** Called when the connection ends, however it ends. */
    @Override
    default void close() {}
}

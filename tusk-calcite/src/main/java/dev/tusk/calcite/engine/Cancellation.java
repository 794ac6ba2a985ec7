package dev.tusk.calcite.engine;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.PgException;

/**
 * Gives a stopped statement PostgreSQL's exact error: code deep in a plan only sees that the cancel flag is set and
 * fails with 57014, while the server knows whether a client cancel or statement_timeout stopped it.
 */
final class Cancellation {
    private Cancellation() {}

    /** {@code e}, or the server's error for why the statement stopped when {@code e} is a 57014 and it did stop. */
    static PgException reason(PgException e, ExecutionContext context) {
        if (!e.sqlState().equals(SqlState.QUERY_CANCELED.code()) || context == null || !context.isCancelled()) {
            return e;
        }
        try {
            context.checkCancelled();
        } catch (PgException real) {
            return real;
        }
        return e;
    }
}

package dev.tusk.calcite.engine;

import dev.tusk.calcite.datetime.DatetimeClock;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.TransactionStatus;
import java.util.List;

/**
 * When a session's transaction started, for now() and CURRENT_TIMESTAMP: a statement outside a transaction block
 * is its own transaction; inside a block the transaction started when the statement that opened the block ran.
 */
final class TransactionClock {
    private long blockStartMicros = -1;

    /** The transaction's start (microseconds since 1970 UTC) for a statement starting at {@code statementMicros}. */
    synchronized long transactionStart(TransactionStatus status, long statementMicros) {
        if (status == TransactionStatus.IDLE) {
            blockStartMicros = -1;
            return statementMicros;
        }
        if (blockStartMicros < 0) {
            blockStartMicros = statementMicros; // a block this clock did not see open
        }
        return blockStartMicros;
    }

    private synchronized void observe(TransactionStatus before, TransactionStatus after, long startedMicros) {
        if (after == TransactionStatus.IDLE) {
            blockStartMicros = -1;
        } else if (before == TransactionStatus.IDLE) {
            blockStartMicros = startedMicros;
        }
    }

    /** A session statement (BEGIN, COMMIT, ...) whose runs open and close transaction blocks on this clock. */
    PreparedQuery track(PreparedQuery statement) {
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return statement.parameterTypes();
            }

            @Override
            public List<Column> columns() {
                return statement.columns();
            }

            @Override
            public QueryResult execute(Parameters parameters, ExecutionContext context) {
                TransactionStatus before = context.session().transactionStatus();
                long started = DatetimeClock.unixMicrosNow();
                QueryResult result = statement.execute(parameters, context);
                observe(before, context.session().transactionStatus(), started);
                return result;
            }

            @Override
            public void close() {
                statement.close();
            }
        };
    }
}

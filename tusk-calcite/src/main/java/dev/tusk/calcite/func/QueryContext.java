package dev.tusk.calcite.func;

import dev.tusk.server.api.SessionContext;

/**
 * The session and statement a function call runs in. Calcite's generated code calls functions as static methods,
 * so the executing statement publishes its context on the thread for the time it runs (sessions run on their own
 * virtual thread, one statement at a time).
 *
 * @param session the client's session
 * @param statementMicros the statement's start (statement_timestamp()), microseconds since 1970-01-01 UTC
 * @param transactionMicros the transaction's start (now(), CURRENT_TIMESTAMP), microseconds since 1970-01-01 UTC
 * @param sequences the session's sequences
 */
public record QueryContext(
        SessionContext session, long statementMicros, long transactionMicros, SequenceAccess sequences) {
    private static final ThreadLocal<QueryContext> CURRENT = new ThreadLocal<>();

    /** A statement that is its own transaction: it starts when the transaction does; no sequences. */
    public QueryContext(SessionContext session, long statementMicros) {
        this(session, statementMicros, statementMicros, SequenceAccess.NONE);
    }

    /** A context without sequences. */
    public QueryContext(SessionContext session, long statementMicros, long transactionMicros) {
        this(session, statementMicros, transactionMicros, SequenceAccess.NONE);
    }

    /** The context of the statement running on this thread. */
    public static QueryContext current() {
        QueryContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("no statement is running on this thread");
        }
        return c;
    }

    /** The context of the statement running on this thread, or null (while a plan folds constants). */
    public static QueryContext currentOrNull() {
        return CURRENT.get();
    }

    /** Runs {@code action} with {@code context} published on this thread, restoring what was there before. */
    public static <T> T with(QueryContext context, java.util.function.Supplier<T> action) {
        QueryContext previous = CURRENT.get();
        CURRENT.set(context);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}

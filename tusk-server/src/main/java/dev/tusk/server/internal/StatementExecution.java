package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.SessionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement's (or one portal's) execution as its handler sees it: whether and why it was stopped, and the
 * actions to run on a stop. While it is {@linkplain #activate() active} a stop also interrupts the session's
 * thread and wakes a writer blocked on a slow client.
 */
final class StatementExecution implements ExecutionContext {
    private static final System.Logger LOG = System.getLogger(StatementExecution.class.getName());

    static PgException userCancel() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
    }

    static PgException statementTimeout() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to statement timeout");
    }

    static PgException adminShutdown() {
        return ErrorResponses.fatal(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command");
    }

    static PgException connectionLost() {
        return new PgException(SqlState.CONNECTION_FAILURE, "connection to client lost");
    }

    private final SessionContext session;
    private final Outbound outbound;
    private final List<Runnable> onCancel = new ArrayList<>(2);
    private volatile PgException stopReason;
    private Thread activeThread;

    StatementExecution(SessionContext session, Outbound outbound) {
        this.session = session;
        this.outbound = outbound;
    }

    @Override
    public SessionContext session() {
        return session;
    }

    @Override
    public boolean isCancelled() {
        return stopReason != null;
    }

    @Override
    public void checkCancelled() throws PgException {
        PgException reason = stopReason;
        if (reason != null) {
            throw reason;
        }
    }

    /** The reason it was stopped, or null. */
    PgException stopReason() {
        return stopReason;
    }

    @Override
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (stopReason == null) {
                onCancel.add(action);
                return;
            }
        }
        runQuietly(action);
    }

    /** Marks the calling thread as running this execution until {@link #deactivate()}. */
    synchronized void activate() {
        activeThread = Thread.currentThread();
    }

    /** Ends the running phase and clears an interrupt a stop may have left on the thread. */
    void deactivate() {
        synchronized (this) {
            activeThread = null;
        }
        Thread.interrupted();
    }

    /** Stops the execution for the given reason; the first reason wins. Returns whether this call stopped it. */
    boolean stop(PgException reason) {
        List<Runnable> actions;
        synchronized (this) {
            if (stopReason != null) {
                return false;
            }
            stopReason = reason;
            actions = List.copyOf(onCancel);
            onCancel.clear();
            if (activeThread != null) {
                activeThread.interrupt();
            }
        }
        for (Runnable action : actions) {
            runQuietly(action);
        }
        outbound.signal();
        return true;
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a cancel action failed", e);
        }
    }
}

package dev.tusk.calcite.store;

import dev.tusk.server.api.PgException;

/**
 * How a statement's lock waits end early: the session's cancel and statement timeout (reported by {@link
 * #checkCancelled()}) and its lock_timeout (a deadline). The store polls {@link #checkCancelled()} while
 * waiting, and an interrupt of the waiting thread wakes it at once.
 */
public interface WaitPolicy {

    /** Waits until the lock is granted; only an interrupt (reported as 57014) ends the wait early. */
    WaitPolicy NONE = () -> {};

    /**
     * Throws the caller's error (57014 for a cancel or statement timeout) if the statement was stopped.
     * Must be cheap and must not block: it runs while the store holds its lock table.
     */
    void checkCancelled() throws PgException;

    /**
     * The {@link System#nanoTime()} at which a lock wait fails with 55P03 "canceling statement due to lock
     * timeout", or {@link Long#MAX_VALUE} for none.
     */
    default long lockDeadlineNanos() {
        return Long.MAX_VALUE;
    }

    /** A policy with the given cancel check and a lock_timeout counted from now (0 for none). */
    static WaitPolicy of(Runnable cancelCheck, long lockTimeoutMillis) {
        long deadline = lockTimeoutMillis <= 0
                ? Long.MAX_VALUE
                : System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(lockTimeoutMillis);
        return new WaitPolicy() {
            @Override
            public void checkCancelled() {
                cancelCheck.run();
            }

            @Override
            public long lockDeadlineNanos() {
                return deadline;
            }
        };
    }
}

package dev.tusk.server.api;

/** What a running statement can see of its execution: cancellation and its session. */
public interface ExecutionContext {

    /** The connection's session. */
    SessionContext session();

    /** Whether the client cancelled, the statement timed out, or the connection is going away. */
    boolean isCancelled();

    /**
     * Throws the PostgreSQL error for the reason the statement was stopped (57014 for a cancel or a
     * statement timeout, 57P01 for a shutdown, 08006 for a lost connection) if it was stopped.
     */
    void checkCancelled() throws PgException;

    /**
     * Registers an action run (once, on another thread) when the statement is stopped, e.g. to interrupt a
     * blocking call in a storage engine. Runs immediately if the statement is already stopped.
     */
    void onCancel(Runnable action);
}

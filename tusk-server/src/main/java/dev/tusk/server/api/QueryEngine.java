package dev.tusk.server.api;

/** The data-level entry point a database implements to be reachable by PostgreSQL clients. */
@FunctionalInterface
public interface QueryEngine {

    /**
     * Opens the engine's state for one authenticated connection. Called on a virtual thread once the
     * client has authenticated and before the server reports ReadyForQuery.
     *
     * @throws PgException to refuse the connection (the error is sent as FATAL and the connection closed)
     */
    QuerySession openSession(SessionContext session) throws PgException;
}

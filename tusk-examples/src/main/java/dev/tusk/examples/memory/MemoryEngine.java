package dev.tusk.examples.memory;

import dev.tusk.examples.memory.exec.SessionState;
import dev.tusk.examples.memory.store.Catalog;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.SessionContext;

/**
 * The example backend: an in-memory table store shared by every session of one engine, answering a small
 * PostgreSQL-compatible SQL subset with real transactions. Everything else gets a PostgreSQL error.
 *
 * <pre>{@code
 * PgServer.builder().engine(new MemoryEngine()).port(5432).build().start();
 * }</pre>
 */
public final class MemoryEngine implements QueryEngine {

    private final Catalog catalog = new Catalog();

    @Override
    public QuerySession openSession(SessionContext session) {
        return new MemorySession(new SessionState(session, catalog));
    }
}

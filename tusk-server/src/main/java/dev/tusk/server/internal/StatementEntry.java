package dev.tusk.server.internal;

import dev.tusk.server.api.PreparedQuery;

/**
 * A prepared statement of the extended protocol: its name, its engine-side {@link PreparedQuery}, and how many
 * portals still use it (the query is closed when the statement is closed and no portal needs it).
 */
final class StatementEntry {
    final String name;
    final PreparedQuery query;
    private int portals;
    private boolean closed;

    StatementEntry(String name, PreparedQuery query) {
        this.name = name;
        this.query = query;
    }

    void portalOpened() {
        portals++;
    }

    void portalClosed() {
        portals--;
        closeIfUnused();
    }

    void close() {
        closed = true;
        closeIfUnused();
    }

    private void closeIfUnused() {
        if (closed && portals == 0) {
            SessionResources.closeQuietly(query);
        }
    }
}

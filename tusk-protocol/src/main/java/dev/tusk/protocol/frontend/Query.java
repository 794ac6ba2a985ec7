package dev.tusk.protocol.frontend;

import java.util.Objects;

/**
 * A simple-protocol query: one string that may hold several statements.
 *
 * @param sql the query text
 */
public record Query(String sql) implements FrontendMessage {
    /** Checks that the text is present. */
    public Query {
        Objects.requireNonNull(sql, "sql");
    }
}

package dev.tusk.types;

import java.util.Objects;

/**
 * A WARNING a PostgreSQL type function raised without failing (e.g. {@code TIMESTAMP(7) precision reduced to
 * maximum allowed, 6}); a server sends it to the client as a NoticeResponse of severity WARNING.
 *
 * @param sqlState the five-character SQLSTATE
 * @param message PostgreSQL's exact message text
 */
public record PgWarning(String sqlState, String message) {
    /** Validates the SQLSTATE. */
    public PgWarning {
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(message, "message");
        if (sqlState.length() != 5) {
            throw new IllegalArgumentException("SQLSTATE must have 5 characters: " + sqlState);
        }
    }
}

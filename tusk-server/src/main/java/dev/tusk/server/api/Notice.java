package dev.tusk.server.api;

import java.util.Objects;

/** A non-error message to a client (NoticeResponse): WARNING, NOTICE, INFO, LOG or DEBUG. */
public record Notice(String severity, String sqlState, String message, String detail, String hint) {

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(message, "message");
    }

    /** A NOTICE with SQLSTATE 00000. */
    public static Notice notice(String message) {
        return new Notice("NOTICE", "00000", message, null, null);
    }

    /** A WARNING with SQLSTATE 01000. */
    public static Notice warning(String message) {
        return new Notice("WARNING", "01000", message, null, null);
    }
}

package dev.tusk.protocol.frontend;

import java.util.Objects;

/**
 * Extended protocol: closes a prepared statement or a portal.
 *
 * @param kind {@code 'S'} for a statement, {@code 'P'} for a portal
 * @param name the name, empty for the unnamed statement or portal
 */
public record Close(char kind, String name) implements FrontendMessage {
    /** Kind of a prepared statement. */
    public static final char STATEMENT = 'S';

    /** Kind of a portal. */
    public static final char PORTAL = 'P';

    /** Checks the components. */
    public Close {
        Objects.requireNonNull(name, "name");
        if (kind != STATEMENT && kind != PORTAL) {
            throw new IllegalArgumentException("kind must be 'S' or 'P': " + kind);
        }
    }
}

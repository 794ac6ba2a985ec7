package dev.tusk.protocol.backend;

import java.util.Objects;

/**
 * A statement finished.
 *
 * @param tag the command tag, e.g. {@code SELECT 3} or {@code INSERT 0 1}
 */
public record CommandComplete(String tag) implements BackendMessage {
    /** Checks the tag. */
    public CommandComplete {
        Objects.requireNonNull(tag, "tag");
    }
}

package dev.tusk.protocol.frontend;

import java.util.Objects;

/**
 * Aborts a COPY FROM STDIN.
 *
 * @param message why the client gave up
 */
public record CopyFail(String message) implements FrontendMessage {
    /** Checks the message. */
    public CopyFail {
        Objects.requireNonNull(message, "message");
    }
}

package dev.tusk.protocol.backend;

import java.util.List;

/**
 * Asks the client to authenticate with one of the listed SASL mechanisms.
 *
 * @param mechanisms the mechanisms in order of server preference, e.g. {@code SCRAM-SHA-256}
 */
public record AuthenticationSASL(List<String> mechanisms) implements BackendMessage {
    /** Copies the list. */
    public AuthenticationSASL {
        mechanisms = List.copyOf(mechanisms);
    }
}

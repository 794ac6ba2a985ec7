package dev.tusk.protocol.backend;

import java.util.Objects;

/**
 * Reports the value of a run-time parameter the client tracks, e.g. {@code server_version}.
 *
 * @param name the parameter name
 * @param value its current value
 */
public record ParameterStatus(String name, String value) implements BackendMessage {
    /** Checks the components. */
    public ParameterStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}

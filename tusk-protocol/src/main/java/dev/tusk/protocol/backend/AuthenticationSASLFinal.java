package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Carries the SASL outcome, e.g. the SCRAM server-final-message.
 *
 * @param data the outcome data
 */
public record AuthenticationSASLFinal(byte[] data) implements BackendMessage {
    /** Checks that the payload is present. */
    public AuthenticationSASLFinal {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticationSASLFinal other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "AuthenticationSASLFinal[data=" + Bytes.redacted(data) + "]";
    }
}

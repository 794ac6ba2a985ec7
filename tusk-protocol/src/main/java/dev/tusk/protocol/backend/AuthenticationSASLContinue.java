package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Carries a SASL challenge, e.g. the SCRAM server-first-message.
 *
 * @param data the challenge
 */
public record AuthenticationSASLContinue(byte[] data) implements BackendMessage {
    /** Checks that the payload is present. */
    public AuthenticationSASLContinue {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticationSASLContinue other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "AuthenticationSASLContinue[data=" + Bytes.redacted(data) + "]";
    }
}

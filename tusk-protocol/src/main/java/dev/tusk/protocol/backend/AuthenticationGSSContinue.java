package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Carries a GSSAPI or SSPI token to the client.
 *
 * @param data the token
 */
public record AuthenticationGSSContinue(byte[] data) implements BackendMessage {
    /** Checks that the payload is present. */
    public AuthenticationGSSContinue {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticationGSSContinue other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "AuthenticationGSSContinue[data=" + Bytes.redacted(data) + "]";
    }
}

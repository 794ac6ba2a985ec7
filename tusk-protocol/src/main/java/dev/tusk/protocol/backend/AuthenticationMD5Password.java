package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Asks the client for an MD5-hashed password.
 *
 * @param salt the 4-byte salt
 */
public record AuthenticationMD5Password(byte[] salt) implements BackendMessage {
    /** Checks that the payload is present. */
    public AuthenticationMD5Password {
        Objects.requireNonNull(salt, "salt");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticationMD5Password other && Arrays.equals(salt, other.salt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "AuthenticationMD5Password[salt=" + Bytes.toString(salt) + "]";
    }
}

package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * The client's choice of SASL mechanism and its first message.
 *
 * @param mechanism e.g. {@code SCRAM-SHA-256}
 * @param data the initial response, or {@code null} when the client sent length -1 (no initial response)
 */
public record SASLInitialResponse(String mechanism, byte[] data) implements FrontendMessage {
    /** Checks that the mechanism is present. */
    public SASLInitialResponse {
        Objects.requireNonNull(mechanism, "mechanism");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SASLInitialResponse s && mechanism.equals(s.mechanism) && Arrays.equals(data, s.data);
    }

    @Override
    public int hashCode() {
        return 31 * mechanism.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "SASLInitialResponse[mechanism=" + mechanism + ", data=" + Bytes.redacted(data) + "]";
    }
}

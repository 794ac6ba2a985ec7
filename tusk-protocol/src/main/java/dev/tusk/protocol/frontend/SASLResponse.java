package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * A later SASL message from the client, e.g. the SCRAM client-final-message.
 *
 * @param data the payload
 */
public record SASLResponse(byte[] data) implements FrontendMessage {
    /** Checks that the payload is present. */
    public SASLResponse {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SASLResponse other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "SASLResponse[data=" + Bytes.redacted(data) + "]";
    }
}

package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * A GSSAPI or SSPI token from the client.
 *
 * @param data the payload
 */
public record GSSResponse(byte[] data) implements FrontendMessage {
    /** Checks that the payload is present. */
    public GSSResponse {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GSSResponse other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "GSSResponse[data=" + Bytes.redacted(data) + "]";
    }
}

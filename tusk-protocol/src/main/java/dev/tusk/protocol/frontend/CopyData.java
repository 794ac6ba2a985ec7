package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * A chunk of COPY FROM STDIN data from the client.
 *
 * @param data the payload
 */
public record CopyData(byte[] data) implements FrontendMessage {
    /** Checks that the payload is present. */
    public CopyData {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CopyData other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "CopyData[data=" + Bytes.toString(data) + "]";
    }
}

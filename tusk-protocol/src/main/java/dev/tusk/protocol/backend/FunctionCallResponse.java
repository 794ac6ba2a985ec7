package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;

/**
 * The result of a fast-path FunctionCall.
 *
 * @param result the value, or {@code null} for SQL NULL
 */
public record FunctionCallResponse(byte[] result) implements BackendMessage {
    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionCallResponse other && Arrays.equals(result, other.result);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(result);
    }

    @Override
    public String toString() {
        return "FunctionCallResponse[result=" + Bytes.toString(result) + "]";
    }
}

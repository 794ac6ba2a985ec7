package dev.tusk.protocol.backend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key a client needs to cancel this session's queries with a CancelRequest.
 *
 * @param processId the process id
 * @param secretKey the secret: 4 bytes in protocol 3.0, up to 256 in 3.2
 */
public record BackendKeyData(int processId, byte[] secretKey) implements BackendMessage {
    /** Checks that the key is present. */
    public BackendKeyData {
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackendKeyData b && processId == b.processId && Arrays.equals(secretKey, b.secretKey);
    }

    @Override
    public int hashCode() {
        return 31 * processId + Arrays.hashCode(secretKey);
    }

    @Override
    public String toString() {
        return "BackendKeyData[processId=" + processId + ", secretKey=" + Bytes.redacted(secretKey) + "]";
    }
}

package dev.tusk.protocol.frontend;

import dev.tusk.protocol.util.Bytes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Sent on a new connection to cancel the query running in another session.
 *
 * @param processId the target's process id from its BackendKeyData
 * @param secretKey the target's secret key: 4 bytes in protocol 3.0, up to 256 in 3.2
 */
public record CancelRequest(int processId, byte[] secretKey) implements FrontendMessage {
    /** Checks that the key is present. */
    public CancelRequest {
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelRequest c && processId == c.processId && Arrays.equals(secretKey, c.secretKey);
    }

    @Override
    public int hashCode() {
        return 31 * processId + Arrays.hashCode(secretKey);
    }

    @Override
    public String toString() {
        return "CancelRequest[processId=" + processId + ", secretKey=" + Bytes.redacted(secretKey) + "]";
    }
}

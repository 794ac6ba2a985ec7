package dev.tusk.protocol.backend;

import java.util.Objects;

/**
 * Delivers a NOTIFY to a listening session.
 *
 * @param processId the notifying session's process id
 * @param channel the channel name
 * @param payload the payload, empty when none was given
 */
public record NotificationResponse(int processId, String channel, String payload) implements BackendMessage {
    /** Checks the components. */
    public NotificationResponse {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(payload, "payload");
    }
}

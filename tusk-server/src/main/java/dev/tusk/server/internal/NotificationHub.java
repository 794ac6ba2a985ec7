package dev.tusk.server.internal;

import dev.tusk.protocol.backend.NotificationResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** LISTEN/NOTIFY across the server's sessions: which sessions listen on which channel. */
final class NotificationHub {
    private final ConcurrentHashMap<String, Set<Session>> listeners = new ConcurrentHashMap<>();

    void listen(String channel, Session session) {
        listeners.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unlisten(String channel, Session session) {
        listeners.computeIfPresent(channel, (c, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }

    /** Delivers a notification to every listener of the channel (each delivers when it is idle). */
    void notify(int senderPid, String channel, String payload) {
        Set<Session> set = listeners.get(channel);
        if (set == null) {
            return;
        }
        NotificationResponse n = new NotificationResponse(senderPid, channel, payload == null ? "" : payload);
        for (Session s : set) {
            s.enqueueNotification(n);
        }
    }
}

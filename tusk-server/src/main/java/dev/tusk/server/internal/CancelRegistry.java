package dev.tusk.server.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live sessions by process ID: hands out process IDs and unguessable secret keys, and finds the session a
 * CancelRequest targets, comparing keys in constant time.
 */
final class CancelRegistry {
    private final ConcurrentHashMap<Integer, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger nextPid;
    private final SecureRandom random = new SecureRandom();

    CancelRegistry() {
        nextPid = new AtomicInteger(1000 + random.nextInt(30000));
    }

    /** A process ID not in use. */
    int allocateProcessId() {
        while (true) {
            int pid = nextPid.getAndIncrement() & 0x7fffffff;
            if (pid != 0 && !sessions.containsKey(pid)) {
                return pid;
            }
        }
    }

    /** A fresh random secret key of the given length. */
    byte[] newSecret(int length) {
        byte[] key = new byte[length];
        random.nextBytes(key);
        return key;
    }

    void register(Session session) {
        sessions.put(session.processId(), session);
    }

    void unregister(Session session) {
        sessions.remove(session.processId(), session);
    }

    Collection<Session> sessions() {
        return sessions.values();
    }

    int size() {
        return sessions.size();
    }

    /** Cancels the target's running statement if the key matches; silently does nothing otherwise. */
    void cancel(int processId, byte[] secretKey) {
        Session target = sessions.get(processId);
        if (target != null && MessageDigest.isEqual(target.secretKey(), secretKey)) {
            target.cancelRunning(StatementExecution.userCancel());
        }
    }
}

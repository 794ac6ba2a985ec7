package dev.tusk.calcite.func;

import dev.tusk.server.api.SessionContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** pg_notify(channel, payload): queues a notification in the calling session's transaction, as NOTIFY does. */
public final class NotifyFunctions {
    /** Where a session's notifications go until its transaction commits. */
    @FunctionalInterface
    public interface Queue {
        /** Checks and queues one notification (22023 for a bad channel or payload). */
        void enqueue(String channel, String payload);
    }

    private static final Map<SessionContext, Queue> QUEUES = new ConcurrentHashMap<>();

    private NotifyFunctions() {}

    /** Makes {@code queue} the target of pg_notify() in statements of {@code session}. */
    public static void register(SessionContext session, Queue queue) {
        QUEUES.put(session, queue);
    }

    /** Forgets the session's queue (the session ended). */
    public static void unregister(SessionContext session) {
        QUEUES.remove(session);
    }

    /** {@code pg_notify(text, text) → void}. */
    @PgFunction(value = "pg_notify", volatileResult = true, strict = false, returns = "void")
    public static String pgNotify(String channel, String payload) {
        SessionContext session = QueryContext.current().session();
        Queue q = QUEUES.get(session);
        if (q == null) {
            throw new IllegalStateException("no notification queue for this session");
        }
        q.enqueue(channel, payload == null ? "" : payload);
        return "";
    }
}

package dev.tusk.calcite.func;

import dev.tusk.server.api.SessionContext;
import java.util.Map;
import java.util.Random;
import java.util.WeakHashMap;

/** The generator behind random() for each session, so setseed() makes a session's sequence repeatable. */
final class Randoms {
    private static final Map<SessionContext, Random> BY_SESSION = new WeakHashMap<>();

    private Randoms() {}

    static synchronized Random forSession() {
        QueryContext c = QueryContext.currentOrNull();
        if (c == null) {
            return new Random();
        }
        return BY_SESSION.computeIfAbsent(c.session(), s -> new Random());
    }

    static synchronized void seed(double seed) {
        QueryContext c = QueryContext.currentOrNull();
        if (c != null) {
            BY_SESSION.put(c.session(), new Random(Double.doubleToLongBits(seed)));
        }
    }
}

package dev.tusk.server.internal;

/** Closing handler resources without letting their failures escape (they are logged). */
final class SessionResources {
    private static final System.Logger LOG = System.getLogger(SessionResources.class.getName());

    private SessionResources() {}

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "closing " + c.getClass().getName() + " failed", e);
        }
    }
}

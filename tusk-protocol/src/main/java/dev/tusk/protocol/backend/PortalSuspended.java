package dev.tusk.protocol.backend;

/** Extended protocol: Execute stopped at its row limit; the portal can be executed again. */
public record PortalSuspended() implements BackendMessage {
    /** The only instance needed. */
    public static final PortalSuspended INSTANCE = new PortalSuspended();
}

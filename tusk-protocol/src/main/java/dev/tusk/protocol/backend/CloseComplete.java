package dev.tusk.protocol.backend;

/** Extended protocol: a Close succeeded. */
public record CloseComplete() implements BackendMessage {
    /** The only instance needed. */
    public static final CloseComplete INSTANCE = new CloseComplete();
}

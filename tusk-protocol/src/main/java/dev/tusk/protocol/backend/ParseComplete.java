package dev.tusk.protocol.backend;

/** Extended protocol: a Parse succeeded. */
public record ParseComplete() implements BackendMessage {
    /** The only instance needed. */
    public static final ParseComplete INSTANCE = new ParseComplete();
}

package dev.tusk.protocol.backend;

/** Extended protocol: a Bind succeeded. */
public record BindComplete() implements BackendMessage {
    /** The only instance needed. */
    public static final BindComplete INSTANCE = new BindComplete();
}

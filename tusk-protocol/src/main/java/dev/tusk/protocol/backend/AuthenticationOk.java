package dev.tusk.protocol.backend;

/** Authentication succeeded. */
public record AuthenticationOk() implements BackendMessage {
    /** The only instance needed. */
    public static final AuthenticationOk INSTANCE = new AuthenticationOk();
}

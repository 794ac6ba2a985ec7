package dev.tusk.protocol.frontend;

/** Extended protocol: asks the server to send any pending output. */
public record Flush() implements FrontendMessage {
    /** The only instance needed. */
    public static final Flush INSTANCE = new Flush();
}

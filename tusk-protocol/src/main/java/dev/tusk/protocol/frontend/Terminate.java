package dev.tusk.protocol.frontend;

/** Tells the server the client is closing the connection. */
public record Terminate() implements FrontendMessage {
    /** The only instance needed. */
    public static final Terminate INSTANCE = new Terminate();
}

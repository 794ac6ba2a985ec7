package dev.tusk.protocol.frontend;

/** Asks the server to switch the connection to TLS before the startup packet. */
public record SSLRequest() implements FrontendMessage {
    /** The only instance needed. */
    public static final SSLRequest INSTANCE = new SSLRequest();
}

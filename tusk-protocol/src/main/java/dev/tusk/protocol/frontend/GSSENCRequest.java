package dev.tusk.protocol.frontend;

/** Asks the server to switch the connection to GSSAPI encryption before the startup packet. */
public record GSSENCRequest() implements FrontendMessage {
    /** The only instance needed. */
    public static final GSSENCRequest INSTANCE = new GSSENCRequest();
}

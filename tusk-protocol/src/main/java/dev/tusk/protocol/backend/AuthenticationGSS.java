package dev.tusk.protocol.backend;

/** Asks the client to start GSSAPI authentication. */
public record AuthenticationGSS() implements BackendMessage {
    /** The only instance needed. */
    public static final AuthenticationGSS INSTANCE = new AuthenticationGSS();
}

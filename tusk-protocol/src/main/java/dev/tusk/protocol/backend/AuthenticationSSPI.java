package dev.tusk.protocol.backend;

/** Asks the client to start SSPI authentication. */
public record AuthenticationSSPI() implements BackendMessage {
    /** The only instance needed. */
    public static final AuthenticationSSPI INSTANCE = new AuthenticationSSPI();
}

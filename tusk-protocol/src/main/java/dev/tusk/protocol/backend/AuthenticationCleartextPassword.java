package dev.tusk.protocol.backend;

/** Asks the client for a cleartext password. */
public record AuthenticationCleartextPassword() implements BackendMessage {
    /** The only instance needed. */
    public static final AuthenticationCleartextPassword INSTANCE = new AuthenticationCleartextPassword();
}

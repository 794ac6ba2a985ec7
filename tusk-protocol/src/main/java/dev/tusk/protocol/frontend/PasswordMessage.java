package dev.tusk.protocol.frontend;

import java.util.Objects;

/**
 * A cleartext or MD5-hashed password in answer to AuthenticationCleartextPassword/AuthenticationMD5Password.
 *
 * @param password the payload decoded as UTF-8 without its trailing NUL
 */
public record PasswordMessage(String password) implements FrontendMessage {
    /** Checks that the password is present. */
    public PasswordMessage {
        Objects.requireNonNull(password, "password");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "PasswordMessage[password=<redacted>]";
    }
}

package dev.tusk.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks a password a client sent in cleartext against stored credentials of any form. */
final class PasswordCheck {

    private PasswordCheck() {}

    /** Whether {@code password} is right for {@code user}; false for null credentials or an empty password. */
    static boolean matches(Credentials credentials, String user, String password) {
        if (password.isEmpty() || credentials == null) {
            return false;
        }
        return switch (credentials) {
            case Credentials.PlainPassword p ->
                !p.password().isEmpty()
                        && MessageDigest.isEqual(
                                p.password().getBytes(StandardCharsets.UTF_8),
                                password.getBytes(StandardCharsets.UTF_8));
            case Credentials.Md5Password m ->
                MessageDigest.isEqual(
                        Credentials.Md5Password.fromPassword(password, user)
                                .hash()
                                .getBytes(StandardCharsets.US_ASCII),
                        m.hash().getBytes(StandardCharsets.US_ASCII));
            case Credentials.ScramVerifier v -> v.matches(password);
        };
    }
}

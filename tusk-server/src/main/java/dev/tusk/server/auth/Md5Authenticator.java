package dev.tusk.server.auth;

import dev.tusk.protocol.backend.AuthenticationMD5Password;
import dev.tusk.protocol.codec.AuthResponseKind;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.PasswordMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * PostgreSQL's {@code md5} method: a random 4-byte salt, and the client answers {@code "md5" +
 * md5(md5(password || user) || salt)}. Users whose secret is a SCRAM verifier are switched to SCRAM-SHA-256,
 * as PostgreSQL does. Unknown users get the md5 challenge too and then fail (PostgreSQL would pick the
 * method from password_encryption; Tusk's stores usually hold plain passwords, so md5 hides them better).
 */
final class Md5Authenticator implements Authenticator {

    private final CredentialStore store;
    private final SecureRandom random;
    private final ScramAuthenticator scram;

    Md5Authenticator(CredentialStore store, SecureRandom random) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
        this.scram = new ScramAuthenticator(store, random);
    }

    @Override
    public AuthExchange begin(AuthRequest request) {
        Credentials credentials = store.lookup(request.user());
        if (credentials instanceof Credentials.ScramVerifier) {
            return scram.exchange(request, credentials);
        }
        byte[] salt = new byte[4];
        random.nextBytes(salt);
        return new AuthExchange() {
            private boolean asked;

            @Override
            public AuthStep start() {
                asked = true;
                return new AuthStep.Challenge(new AuthenticationMD5Password(salt.clone()), AuthResponseKind.PASSWORD);
            }

            @Override
            public AuthStep respond(FrontendMessage response) {
                if (!asked || !(response instanceof PasswordMessage pm)) {
                    return AuthErrors.unexpected("password response", response);
                }
                asked = false;
                String expected = expectedResponse(credentials, request.user(), salt);
                boolean ok = expected != null
                        && !pm.password().isEmpty()
                        && MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.UTF_8),
                                pm.password().getBytes(StandardCharsets.UTF_8));
                return ok ? new AuthStep.Success(null) : AuthErrors.passwordFailed(request.user());
            }
        };
    }

    /** What the client must answer, or null when nothing can be right. */
    static String expectedResponse(Credentials credentials, String user, byte[] salt) {
        if (credentials instanceof Credentials.PlainPassword p && !p.password().isEmpty()) {
            return Credentials.Md5Password.fromPassword(p.password(), user).response(salt);
        }
        if (credentials instanceof Credentials.Md5Password m) {
            return m.response(salt);
        }
        return null;
    }
}

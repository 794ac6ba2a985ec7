package dev.tusk.server.auth;

import dev.tusk.protocol.backend.AuthenticationCleartextPassword;
import dev.tusk.protocol.codec.AuthResponseKind;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.PasswordMessage;
import java.util.Objects;

/** PostgreSQL's {@code password} method: the client sends its password in cleartext. */
final class CleartextAuthenticator implements Authenticator {

    private final CredentialStore store;

    CleartextAuthenticator(CredentialStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public AuthExchange begin(AuthRequest request) {
        Credentials credentials = store.lookup(request.user());
        return new AuthExchange() {
            private boolean asked;

            @Override
            public AuthStep start() {
                asked = true;
                return new AuthStep.Challenge(AuthenticationCleartextPassword.INSTANCE, AuthResponseKind.PASSWORD);
            }

            @Override
            public AuthStep respond(FrontendMessage response) {
                if (!asked || !(response instanceof PasswordMessage pm)) {
                    return AuthErrors.unexpected("password response", response);
                }
                asked = false;
                return PasswordCheck.matches(credentials, request.user(), pm.password())
                        ? new AuthStep.Success(null)
                        : AuthErrors.passwordFailed(request.user());
            }
        };
    }
}

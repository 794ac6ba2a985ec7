package dev.tusk.server.auth;

import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.codec.AuthResponseKind;
import dev.tusk.server.api.PgException;
import java.util.Objects;

/** What an {@link AuthExchange} wants next: send a challenge, let the client in, or refuse it. */
public sealed interface AuthStep {

    /** Send {@code message} and decode the client's next 'p' message as {@code expect}. */
    record Challenge(BackendMessage message, AuthResponseKind expect) implements AuthStep {
        public Challenge {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(expect, "expect");
        }
    }

    /**
     * The client is authenticated. {@code finalMessage} (for SCRAM, AuthenticationSASLFinal) is sent before
     * AuthenticationOk, or null.
     */
    record Success(BackendMessage finalMessage) implements AuthStep {}

    /** The client is refused with this FATAL error (28P01 for a failed password, without saying why). */
    record Failure(PgException error) implements AuthStep {
        public Failure {
            Objects.requireNonNull(error, "error");
        }
    }
}

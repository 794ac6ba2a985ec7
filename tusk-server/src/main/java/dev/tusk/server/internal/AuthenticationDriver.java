package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.GSSResponse;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.protocol.frontend.SASLInitialResponse;
import dev.tusk.protocol.frontend.SASLResponse;
import dev.tusk.protocol.frontend.Terminate;
import dev.tusk.server.api.PgException;
import dev.tusk.server.auth.AuthExchange;
import dev.tusk.server.auth.AuthRequest;
import dev.tusk.server.auth.AuthStep;
import dev.tusk.server.auth.Authenticator;

/**
 * Drives an {@link Authenticator}'s conversation on the session's thread: sends each challenge, tells the
 * decoder how to read the answer, and waits for it in the mailbox. Failure is a FATAL error.
 */
final class AuthenticationDriver {
    private AuthenticationDriver() {}

    /**
     * Authenticates; returns normally on success (the final message, if any, queued), throws the FATAL
     * {@link PgException} on failure, or {@link ConnectionClosedException} when the client goes away.
     */
    static void authenticate(Connection conn, Authenticator authenticator, AuthRequest request)
            throws InterruptedException {
        AuthExchange exchange = authenticator.begin(request);
        AuthStep step = exchange.start();
        while (true) {
            switch (step) {
                case AuthStep.Success s -> {
                    if (s.finalMessage() != null) {
                        conn.outbound().sendNow(s.finalMessage());
                    }
                    return;
                }
                case AuthStep.Failure f -> throw fatal(f.error());
                case AuthStep.Challenge c -> {
                    conn.decoder().expectAuthenticationResponse(c.expect());
                    conn.outbound().sendNow(c.message());
                    conn.outbound().flush();
                    FrontendMessage answer = nextAnswer(conn);
                    step = exchange.respond(answer);
                }
            }
        }
    }

    private static FrontendMessage nextAnswer(Connection conn) throws InterruptedException {
        while (true) {
            Object item = conn.mailbox().take();
            if (item == Mailbox.CLOSED) {
                throw new ConnectionClosedException();
            }
            if (item instanceof Runnable task) {
                task.run();
                continue;
            }
            if (item instanceof Terminate) {
                conn.channel().close();
                throw new ConnectionClosedException();
            }
            if (item instanceof PasswordMessage
                    || item instanceof SASLInitialResponse
                    || item instanceof SASLResponse
                    || item instanceof GSSResponse) {
                return (FrontendMessage) item;
            }
            throw ErrorResponses.fatal(
                    SqlState.PROTOCOL_VIOLATION,
                    "expected password response, got message type " + MessageTypes.typeByte((FrontendMessage) item));
        }
    }

    private static PgException fatal(PgException e) {
        if (ErrorResponses.isFatal(e)) {
            return e;
        }
        PgException.Builder b = PgException.builder(e.sqlState(), e.getMessage())
                .fatal()
                .detail(e.detail())
                .hint(e.hint());
        return b.build();
    }
}

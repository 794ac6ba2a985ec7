package dev.tusk.server.auth;

import dev.tusk.protocol.frontend.FrontendMessage;

/** One connection's authentication conversation, as a state machine the server core drives. */
public interface AuthExchange {

    /** The first step: a challenge to send, or success right away (trust). */
    AuthStep start();

    /**
     * The client's answer to the last challenge (PasswordMessage, SASLInitialResponse or SASLResponse); the
     * next step. Any unexpected message is a {@link AuthStep.Failure}.
     */
    AuthStep respond(FrontendMessage response);
}

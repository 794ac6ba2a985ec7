package dev.tusk.server.auth;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;

/** The errors of authentication, in PostgreSQL's words and SQLSTATEs, all FATAL. */
final class AuthErrors {

    private AuthErrors() {}

    /** 28P01, the same text whatever was wrong: unknown user, wrong password, empty password. */
    static AuthStep.Failure passwordFailed(String user) {
        return fail(SqlState.INVALID_PASSWORD, "password authentication failed for user \"" + user + "\"", null);
    }

    /** 08P01 "malformed SCRAM message" with PostgreSQL's detail. */
    static AuthStep.Failure malformedScram(String detail) {
        return fail(SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message", detail);
    }

    static AuthStep.Failure fail(SqlState state, String message, String detail) {
        return new AuthStep.Failure(
                PgException.builder(state, message).fatal().detail(detail).build());
    }

    /** A message the exchange did not ask for. */
    static AuthStep.Failure unexpected(String expected, Object got) {
        return fail(
                SqlState.PROTOCOL_VIOLATION,
                "expected " + expected + ", got "
                        + (got == null ? "nothing" : got.getClass().getSimpleName()),
                null);
    }
}

package dev.tusk.protocol.codec;

import dev.tusk.protocol.SqlState;
import io.netty.handler.codec.DecoderException;
import java.util.Objects;

/**
 * Bad bytes from the peer: carries the SQLSTATE and the PostgreSQL-like message the server sends in its FATAL
 * ErrorResponse before closing the connection.
 */
public class ProtocolViolationException extends DecoderException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /** A violation with the given five-character SQLSTATE. */
    public ProtocolViolationException(String sqlState, String message) {
        super(message);
        this.sqlState = Objects.requireNonNull(sqlState, "sqlState");
    }

    /** An {@code 08P01} protocol_violation. */
    public static ProtocolViolationException protocolViolation(String message) {
        return new ProtocolViolationException(SqlState.PROTOCOL_VIOLATION.code(), message);
    }

    /** A {@code 54000} program_limit_exceeded, for messages longer than the configured maximum. */
    public static ProtocolViolationException programLimitExceeded(String message) {
        return new ProtocolViolationException(SqlState.PROGRAM_LIMIT_EXCEEDED.code(), message);
    }

    /** The five-character SQLSTATE, e.g. {@code 08P01}. */
    public String sqlState() {
        return sqlState;
    }
}

package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.codec.ProtocolViolationException;
import dev.tusk.server.api.PgException;
import dev.tusk.types.PgTypeException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns whatever went wrong into the PostgreSQL error the client sees. */
final class ErrorResponses {
    private static final System.Logger LOG = System.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {}

    /** The ErrorResponse for an error, with its own severity. */
    static ErrorResponse of(PgException e) {
        return new ErrorResponse(e.fields());
    }

    /** The ErrorResponse for an error, forced to FATAL. */
    static ErrorResponse fatal(PgException e) {
        Map<Character, String> fields = new LinkedHashMap<>(e.fields());
        fields.put('S', "FATAL");
        fields.put('V', "FATAL");
        return new ErrorResponse(fields);
    }

    static PgException fatal(SqlState state, String message) {
        return PgException.builder(state, message).fatal().build();
    }

    static boolean isFatal(PgException e) {
        return "FATAL".equals(e.severity()) || "PANIC".equals(e.severity());
    }

    /**
     * The PostgreSQL error for any throwable: a {@link PgException} as it is, a type error with its SQLSTATE,
     * anything else as XX000 with a generic message (and logged, since it is a bug somewhere).
     */
    static PgException toPgException(Throwable t) {
        if (t instanceof PgException pg) {
            return pg;
        }
        if (t instanceof PgTypeException te) {
            return dev.tusk.server.internal.encode.CodecErrors.toPgException(te, null);
        }
        if (t instanceof ProtocolViolationException pv) {
            return PgException.builder(pv.sqlState(), pv.getMessage()).cause(pv).build();
        }
        LOG.log(System.Logger.Level.ERROR, "unexpected exception in a handler", t);
        return new PgException(SqlState.INTERNAL_ERROR, "internal error in the query handler", t);
    }
}

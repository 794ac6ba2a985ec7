package dev.tusk.server.internal.encode;

import dev.tusk.server.api.PgException;
import dev.tusk.types.PgTypeException;

/**
 * Turns tusk-types codec errors into the server's {@link PgException}, keeping SQLSTATE, message, detail, hint
 * and the input function's context line.
 */
public final class CodecErrors {

    private CodecErrors() {}

    /** The same error as a {@link PgException}, optionally with a CONTEXT ('W') line (null for none). */
    public static PgException toPgException(PgTypeException e, String context) {
        return PgException.builder(e.sqlState(), e.getMessage())
                .detail(e.detail())
                .hint(e.hint())
                .field('W', joinContext(e.context(), context))
                .cause(e)
                .build();
    }

    /** The input function's own CONTEXT line (e.g. the JSON parser's) first, then the caller's, as PostgreSQL lists them. */
    static String joinContext(String inner, String outer) {
        if (inner == null) {
            return outer;
        }
        return outer == null ? inner : inner + "\n" + outer;
    }

    /**
     * A copy of {@code e} with a CONTEXT ('W') line added, unless it already has one (the innermost
     * context wins, as PostgreSQL lists the innermost first).
     */
    public static PgException withContext(PgException e, String context) {
        if (context == null || e.fields().containsKey('W')) {
            return e;
        }
        PgException.Builder b = PgException.builder(e.sqlState(), e.getMessage())
                .severity(e.severity())
                .detail(e.detail())
                .hint(e.hint())
                .position(e.position())
                .cause(e);
        e.fields().forEach((code, value) -> {
            switch (code) {
                case 'S', 'V', 'C', 'M', 'D', 'H', 'P' -> {}
                default -> b.field(code, value);
            }
        });
        b.field('W', context);
        return b.build();
    }
}

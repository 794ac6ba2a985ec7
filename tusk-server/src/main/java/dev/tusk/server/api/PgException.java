package dev.tusk.server.api;

import dev.tusk.protocol.SqlState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error to report to the client as PostgreSQL would: a SQLSTATE, a message in PostgreSQL's words, and
 * the optional fields of ErrorResponse. Handlers throw it; the server turns it into ErrorResponse.
 */
public class PgException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String severity;
    private final String sqlState;
    private final String detail;
    private final String hint;
    private final int position;
    private final Map<Character, String> extraFields;

    /** An ERROR with the given SQLSTATE and message. */
    public PgException(SqlState sqlState, String message) {
        this(sqlState.code(), message);
    }

    /** An ERROR with the given 5-character SQLSTATE code and message. */
    public PgException(String sqlState, String message) {
        this(builder(sqlState, message));
    }

    /** An ERROR with the given SQLSTATE, message and cause (the cause is never shown to the client). */
    public PgException(SqlState sqlState, String message, Throwable cause) {
        this(builder(sqlState.code(), message).cause(cause));
    }

    protected PgException(Builder b) {
        super(b.message, b.cause);
        this.severity = b.severity;
        this.sqlState = b.sqlState;
        this.detail = b.detail;
        this.hint = b.hint;
        this.position = b.position;
        this.extraFields = Map.copyOf(b.extra);
    }

    /** Starts building an error with more fields. */
    public static Builder builder(SqlState sqlState, String message) {
        return builder(sqlState.code(), message);
    }

    /** Starts building an error with more fields. */
    public static Builder builder(String sqlState, String message) {
        return new Builder(sqlState, message);
    }

    /** ERROR, FATAL or PANIC. */
    public String severity() {
        return severity;
    }

    /** The 5-character SQLSTATE code. */
    public String sqlState() {
        return sqlState;
    }

    /** The DETAIL field, or null. */
    public String detail() {
        return detail;
    }

    /** The HINT field, or null. */
    public String hint() {
        return hint;
    }

    /** The 1-based character position of the error in the statement text, or 0. */
    public int position() {
        return position;
    }

    /**
     * Every field for ErrorResponse, keyed by the protocol's field codes ('S', 'V', 'C', 'M', 'D', 'H',
     * 'P', plus the extra ones set with {@link Builder#field(char, String)}), in PostgreSQL's order.
     */
    public Map<Character, String> fields() {
        Map<Character, String> f = new LinkedHashMap<>();
        f.put('S', severity);
        f.put('V', severity);
        f.put('C', sqlState);
        f.put('M', getMessage());
        if (detail != null) {
            f.put('D', detail);
        }
        if (hint != null) {
            f.put('H', hint);
        }
        if (position > 0) {
            f.put('P', Integer.toString(position));
        }
        f.putAll(extraFields);
        return f;
    }

    /** Builds a {@link PgException} with optional fields. */
    public static final class Builder {
        private final String sqlState;
        private final String message;
        private String severity = "ERROR";
        private String detail;
        private String hint;
        private int position;
        private Throwable cause;
        private final Map<Character, String> extra = new LinkedHashMap<>();

        private Builder(String sqlState, String message) {
            this.sqlState = Objects.requireNonNull(sqlState, "sqlState");
            if (sqlState.length() != 5) {
                throw new IllegalArgumentException("a SQLSTATE has 5 characters: " + sqlState);
            }
            this.message = Objects.requireNonNull(message, "message");
        }

        /** ERROR (the default), FATAL or PANIC. */
        public Builder severity(String severity) {
            this.severity = Objects.requireNonNull(severity);
            return this;
        }

        /** Makes the error FATAL: the server closes the connection after sending it. */
        public Builder fatal() {
            return severity("FATAL");
        }

        /** The DETAIL field. */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** The HINT field. */
        public Builder hint(String hint) {
            this.hint = hint;
            return this;
        }

        /** The 1-based character position in the statement text. */
        public Builder position(int position) {
            this.position = position;
            return this;
        }

        /** The cause, kept for logs; never sent to the client. */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        /**
         * Any other ErrorResponse field: 'W' where, 's' schema, 't' table, 'c' column, 'd' data type, 'n'
         * constraint, 'q' internal query, 'p' internal position.
         */
        public Builder field(char code, String value) {
            if (value != null) {
                extra.put(code, value);
            }
            return this;
        }

        /** The exception. */
        public PgException build() {
            return new PgException(this);
        }
    }
}

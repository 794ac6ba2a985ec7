package dev.tusk.protocol.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error
 *
 * @param fields the fields in wire order, keyed by {@link ErrorField} codes; an unmodifiable copy
 */
public record ErrorResponse(Map<Character, String> fields) implements BackendMessage {
    /** Copies the fields, keeping their order. */
    public ErrorResponse {
        Objects.requireNonNull(fields, "fields");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The usual three fields: severity (sent both as {@code S} and as the non-localized {@code V}), SQLSTATE and
     * message.
     */
    public static ErrorResponse of(String severity, String sqlState, String message) {
        return builder(severity, sqlState, message).build();
    }

    /** Starts a message with severity, SQLSTATE and message; add optional fields with the builder. */
    public static Builder builder(String severity, String sqlState, String message) {
        return new Builder()
                .field(ErrorField.SEVERITY, severity)
                .field(ErrorField.SEVERITY_NONLOCALIZED, severity)
                .field(ErrorField.CODE, sqlState)
                .field(ErrorField.MESSAGE, message);
    }

    /** A field's value, or {@code null} when absent. */
    public String field(char code) {
        return fields.get(code);
    }

    /** The non-localized severity if present, else the localized one. */
    public String severity() {
        String v = fields.get(ErrorField.SEVERITY_NONLOCALIZED);
        return v != null ? v : fields.get(ErrorField.SEVERITY);
    }

    /** The SQLSTATE code. */
    public String code() {
        return fields.get(ErrorField.CODE);
    }

    /** The primary message. */
    public String message() {
        return fields.get(ErrorField.MESSAGE);
    }

    /** The detail message, or {@code null}. */
    public String detail() {
        return fields.get(ErrorField.DETAIL);
    }

    /** The hint, or {@code null}. */
    public String hint() {
        return fields.get(ErrorField.HINT);
    }

    /** Collects fields in order for a {@link ErrorResponse}. */
    public static final class Builder {
        private final Map<Character, String> fields = new LinkedHashMap<>();

        private Builder() {}

        /** Sets a field; a {@code null} value is ignored so optional values can be passed through. */
        public Builder field(char code, String value) {
            if (code == 0 || code > 0xff) {
                throw new IllegalArgumentException("field code must be a non-zero byte: " + (int) code);
            }
            if (value != null) {
                fields.put(code, value);
            }
            return this;
        }

        /** Sets the detail message. */
        public Builder detail(String detail) {
            return field(ErrorField.DETAIL, detail);
        }

        /** Sets the hint. */
        public Builder hint(String hint) {
            return field(ErrorField.HINT, hint);
        }

        /** Sets the 1-based character position in the query. */
        public Builder position(int position) {
            return field(ErrorField.POSITION, Integer.toString(position));
        }

        /** Builds the message. */
        public ErrorResponse build() {
            return new ErrorResponse(fields);
        }
    }
}

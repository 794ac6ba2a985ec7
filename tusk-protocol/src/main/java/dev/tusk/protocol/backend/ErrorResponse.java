package dev.tusk.protocol.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error the server reports; the current command (or, when FATAL, the connection) ends.
 *
 * @param fields the fields in wire order, keyed by {@link ErrorField} codes; an unmodifiable copy
 */
public record ErrorResponse(Map<Character, String> fields) implements BackendMessage, ErrorFields {
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
    public static ErrorFieldsBuilder<ErrorResponse> builder(String severity, String sqlState, String message) {
        return new ErrorFieldsBuilder<>(ErrorResponse::new, severity, sqlState, message);
    }
}

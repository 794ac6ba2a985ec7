package dev.tusk.protocol.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A warning or notice the server sends without interrupting the current command.
 *
 * @param fields the fields in wire order, keyed by {@link ErrorField} codes; an unmodifiable copy
 */
public record NoticeResponse(Map<Character, String> fields) implements BackendMessage, ErrorFields {
    /** Copies the fields, keeping their order. */
    public NoticeResponse {
        Objects.requireNonNull(fields, "fields");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The usual three fields: severity (sent both as {@code S} and as the non-localized {@code V}), SQLSTATE and
     * message.
     */
    public static NoticeResponse of(String severity, String sqlState, String message) {
        return builder(severity, sqlState, message).build();
    }

    /** Starts a message with severity, SQLSTATE and message; add optional fields with the builder. */
    public static ErrorFieldsBuilder<NoticeResponse> builder(String severity, String sqlState, String message) {
        return new ErrorFieldsBuilder<>(NoticeResponse::new, severity, sqlState, message);
    }
}

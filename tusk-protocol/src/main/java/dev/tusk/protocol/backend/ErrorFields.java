package dev.tusk.protocol.backend;

import java.util.Map;

/**
 * The coded fields that ErrorResponse and NoticeResponse both carry, and their accessors: the two messages
 * differ only in their type byte and in what the client does with them.
 */
public interface ErrorFields {

    /** The fields in wire order, keyed by {@link ErrorField} codes. */
    Map<Character, String> fields();

    /** A field's value, or {@code null} when absent. */
    default String field(char code) {
        return fields().get(code);
    }

    /** The non-localized severity if present, else the localized one. */
    default String severity() {
        String v = fields().get(ErrorField.SEVERITY_NONLOCALIZED);
        return v != null ? v : fields().get(ErrorField.SEVERITY);
    }

    /** The SQLSTATE code. */
    default String code() {
        return fields().get(ErrorField.CODE);
    }

    /** The primary message. */
    default String message() {
        return fields().get(ErrorField.MESSAGE);
    }

    /** The detail message, or {@code null}. */
    default String detail() {
        return fields().get(ErrorField.DETAIL);
    }

    /** The hint, or {@code null}. */
    default String hint() {
        return fields().get(ErrorField.HINT);
    }
}

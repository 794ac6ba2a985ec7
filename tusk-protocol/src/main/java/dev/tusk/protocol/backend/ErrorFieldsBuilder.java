package dev.tusk.protocol.backend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects coded fields in order for an {@link ErrorResponse} or a {@link NoticeResponse}.
 *
 * @param <T> the message built
 */
public final class ErrorFieldsBuilder<T extends ErrorFields> {
    private final Map<Character, String> fields = new LinkedHashMap<>();
    private final Function<Map<Character, String>, T> factory;

    ErrorFieldsBuilder(Function<Map<Character, String>, T> factory, String severity, String sqlState, String message) {
        this.factory = factory;
        field(ErrorField.SEVERITY, severity);
        field(ErrorField.SEVERITY_NONLOCALIZED, severity);
        field(ErrorField.CODE, sqlState);
        field(ErrorField.MESSAGE, message);
    }

    /** Sets a field; a {@code null} value is ignored so optional values can be passed through. */
    public ErrorFieldsBuilder<T> field(char code, String value) {
        if (code == 0 || code > 0xff) {
            throw new IllegalArgumentException("field code must be a non-zero byte: " + (int) code);
        }
        if (value != null) {
            fields.put(code, value);
        }
        return this;
    }

    /** Sets the detail message. */
    public ErrorFieldsBuilder<T> detail(String detail) {
        return field(ErrorField.DETAIL, detail);
    }

    /** Sets the hint. */
    public ErrorFieldsBuilder<T> hint(String hint) {
        return field(ErrorField.HINT, hint);
    }

    /** Sets the 1-based character position in the query. */
    public ErrorFieldsBuilder<T> position(int position) {
        return field(ErrorField.POSITION, Integer.toString(position));
    }

    /** Builds the message. */
    public T build() {
        return factory.apply(fields);
    }
}

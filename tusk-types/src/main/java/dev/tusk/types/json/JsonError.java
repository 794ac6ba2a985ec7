package dev.tusk.types.json;

import dev.tusk.types.PgTypeException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON parse errors of PostgreSQL 15 and how it reports them: SQLSTATE 22P02 (22P05 for Unicode escapes
 * that cannot become text) with {@code invalid input syntax for type json}, a DETAIL naming the offending
 * token, and a CONTEXT line quoting the input up to the error ({@code JSON data, line 1: ...}).
 */
enum JsonError {
    ESCAPING_INVALID,
    ESCAPING_REQUIRED,
    EXPECTED_ARRAY_FIRST,
    EXPECTED_ARRAY_NEXT,
    EXPECTED_COLON,
    EXPECTED_END,
    EXPECTED_JSON,
    EXPECTED_MORE,
    EXPECTED_OBJECT_FIRST,
    EXPECTED_OBJECT_NEXT,
    EXPECTED_STRING,
    INVALID_TOKEN,
    UNICODE_CODE_POINT_ZERO,
    UNICODE_ESCAPE_FORMAT,
    UNICODE_HIGH_SURROGATE,
    UNICODE_LOW_SURROGATE;

    /** The error PostgreSQL raises for this parse failure at the lexer's current position. */
    PgTypeException toException(JsonLexer lex) {
        boolean untranslatable = this == UNICODE_CODE_POINT_ZERO;
        return new PgTypeException(
                untranslatable ? "22P05" : PgTypeException.INVALID_TEXT_REPRESENTATION,
                untranslatable ? "unsupported Unicode escape sequence" : "invalid input syntax for type json",
                detail(lex),
                null,
                context(lex));
    }

    private String detail(JsonLexer lex) {
        return switch (this) {
            case ESCAPING_INVALID -> "Escape sequence \"\\" + token(lex) + "\" is invalid.";
            case ESCAPING_REQUIRED ->
                String.format(
                        java.util.Locale.ROOT,
                        "Character with value 0x%02x must be escaped.",
                        lex.in[lex.tokenTerminator] & 0xFF);
            case EXPECTED_END -> "Expected end of input, but found \"" + token(lex) + "\".";
            case EXPECTED_ARRAY_FIRST -> "Expected array element or \"]\", but found \"" + token(lex) + "\".";
            case EXPECTED_ARRAY_NEXT -> "Expected \",\" or \"]\", but found \"" + token(lex) + "\".";
            case EXPECTED_COLON -> "Expected \":\", but found \"" + token(lex) + "\".";
            case EXPECTED_JSON -> "Expected JSON value, but found \"" + token(lex) + "\".";
            case EXPECTED_MORE -> "The input string ended unexpectedly.";
            case EXPECTED_OBJECT_FIRST -> "Expected string or \"}\", but found \"" + token(lex) + "\".";
            case EXPECTED_OBJECT_NEXT -> "Expected \",\" or \"}\", but found \"" + token(lex) + "\".";
            case EXPECTED_STRING -> "Expected string, but found \"" + token(lex) + "\".";
            case INVALID_TOKEN -> "Token \"" + token(lex) + "\" is invalid.";
            case UNICODE_CODE_POINT_ZERO -> "\\u0000 cannot be converted to text.";
            case UNICODE_ESCAPE_FORMAT -> "\"\\u\" must be followed by four hexadecimal digits.";
            case UNICODE_HIGH_SURROGATE -> "Unicode high surrogate must not follow a high surrogate.";
            case UNICODE_LOW_SURROGATE -> "Unicode low surrogate must follow a high surrogate.";
        };
    }

    private static String token(JsonLexer lex) {
        int start = Math.max(lex.tokenStart, lex.base);
        return text(lex.in, start, Math.max(start, lex.tokenTerminator));
    }

    /**
     * {@code JSON data, line N: <excerpt>}: the current line up to the end of the offending token, cut to
     * under 50 bytes (at a character boundary) with {@code ...} when cut, and {@code ...} after it unless the
     * token ends the input or its line.
     */
    private static String context(JsonLexer lex) {
        int lineStart = lex.lineStart;
        int contextStart = lineStart;
        int contextEnd = lex.tokenTerminator;
        while (contextEnd - contextStart >= 50) {
            contextStart += lex.in[contextStart] < 0 ? JsonLexer.charLength(lex.in[contextStart]) : 1;
        }
        if (contextStart - lineStart <= 3) {
            contextStart = lineStart;
        }
        String prefix = contextStart > lineStart ? "..." : "";
        String suffix = lex.tokenType != JsonLexer.Token.END
                        && contextEnd < lex.limit
                        && lex.in[contextEnd] != '\n'
                        && lex.in[contextEnd] != '\r'
                ? "..."
                : "";
        return "JSON data, line " + lex.lineNumber + ": " + prefix + text(lex.in, contextStart, contextEnd) + suffix;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}

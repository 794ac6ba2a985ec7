package dev.tusk.types.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.types.PgTypeException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** jsonb normalisation and json/jsonb errors, with expected texts taken from PostgreSQL 15. */
class JsonInputTest {
    private static String jsonb(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return JsonInput.normalizeJsonb(b, 0, b.length);
    }

    private static PgTypeException jsonError(String s, boolean jsonb) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return assertThrows(PgTypeException.class, () -> {
            if (jsonb) {
                JsonInput.normalizeJsonb(b, 0, b.length);
            } else {
                JsonInput.validateJson(b, 0, b.length);
            }
        });
    }

    @Test
    void keysSortByLengthThenBytesAndTheLastDuplicateWins() {
        assertEquals("{\"\": 4, \"a\": 3, \"b\": 1, \"aa\": 2}", jsonb("{\"b\": 1, \"aa\": 2, \"a\": 3, \"\": 4}"));
        assertEquals("{\"a\": 3, \"b\": 2}", jsonb("{\"a\": 1, \"b\": 2, \"a\": 3}"));
    }

    @Test
    void numbersPrintAsNumeric() {
        assertEquals("[1.0, 100, 0, 0.001, 1.00, 0]", jsonb("[1.0, 1e2, -0, 1E-3, 100e-2, 0.00e5]"));
    }

    @Test
    void stringsAreReEscapedAndSpacingIsCanonical() {
        assertEquals("{\"e\": \"\u00e9\\n/\\u001f\"}", jsonb("{\"e\": \"\\u00e9\\n\\/\\u001f\"}"));
        assertEquals("{\"x\": [1, {}, []]}", jsonb(" { \"x\" : [ 1 , { } , [ ] ] } "));
    }

    @Test
    void deepNestingDoesNotUseTheJavaStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertDoesNotThrow(() -> jsonb(deep));
    }

    @Test
    void errorsCarryPostgresDetailAndContext() {
        PgTypeException e = jsonError("x", false);
        assertEquals("22P02", e.sqlState());
        assertEquals("invalid input syntax for type json", e.getMessage());
        assertEquals("Token \"x\" is invalid.", e.detail());
        assertEquals("JSON data, line 1: x", e.context());

        PgTypeException zero = jsonError("{\"a\":\"\\u0000\"}", true);
        assertEquals("22P05", zero.sqlState());
        assertEquals("unsupported Unicode escape sequence", zero.getMessage());
        assertEquals("\\u0000 cannot be converted to text.", zero.detail());
        assertEquals("JSON data, line 1: {\"a\":\"\\u0000...", zero.context());
        assertDoesNotThrow(() -> JsonInput.validateJson(new byte[] {'"', '\\', 'u', '0', '0', '0', '0', '"'}, 0, 8));
    }
}

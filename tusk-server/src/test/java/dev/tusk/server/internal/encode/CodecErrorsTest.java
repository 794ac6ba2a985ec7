package dev.tusk.server.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Codec errors keep PostgreSQL's HINT and the input function's CONTEXT line ahead of the caller's. */
class CodecErrorsTest {
    private static PgTypeException decode(dev.tusk.types.PgType type, String text) {
        try {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            type.codec().decodeText(b, 0, b.length, FormatSettings.DEFAULT);
        } catch (PgTypeException e) {
            return e;
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void hintAndContextSurvive() {
        PgException date = CodecErrors.toPgException(decode(BuiltinTypes.DATE, "13/25/2024"), null);
        assertEquals("Perhaps you need a different \"datestyle\" setting.", date.hint());

        PgException json =
                CodecErrors.toPgException(decode(BuiltinTypes.JSONB, "{\"a\":}"), "COPY t, line 1, column j");
        assertEquals("Expected JSON value, but found \"}\".", json.detail());
        assertEquals(
                "JSON data, line 1: {\"a\":}\nCOPY t, line 1, column j",
                json.fields().get('W'));
    }
}

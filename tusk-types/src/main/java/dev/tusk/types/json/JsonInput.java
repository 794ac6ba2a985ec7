package dev.tusk.types.json;

import dev.tusk.types.PgTypeException;
import java.nio.charset.StandardCharsets;

/**
 * What {@code json_in} and {@code jsonb_in} do with text: {@code json} is validated and kept as written;
 * {@code jsonb} is parsed and comes back in the one canonical text PostgreSQL prints for it.
 */
public final class JsonInput {
    private JsonInput() {}

    /**
     * Checks UTF-8 {@code json} text as {@code json_in}/{@code json_recv} do.
     *
     * @throws PgTypeException PostgreSQL's error for malformed JSON, with DETAIL and CONTEXT
     */
    public static void validateJson(byte[] buf, int off, int len) {
        JsonParser.validate(buf, off, len);
    }

    /**
     * Parses UTF-8 {@code jsonb} text as {@code jsonb_in}/{@code jsonb_recv} do and returns what
     * {@code jsonb_out} would print: keys sorted by length then bytewise with the last duplicate kept,
     * {@code ", "} and {@code ": "} separators, numbers as {@code numeric} prints them, strings re-escaped.
     *
     * @throws PgTypeException PostgreSQL's error for malformed JSON, an escaped code point 0 or unpaired surrogates,
     *     or a number beyond {@code numeric}'s range
     */
    public static String normalizeJsonb(byte[] buf, int off, int len) {
        return new String(JsonbWriter.write(JsonParser.parseJsonb(buf, off, len)), StandardCharsets.UTF_8);
    }
}

package dev.tusk.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.function.Executable;

/** Test helpers: encode to text or hex, decode from text or hex, assert PostgreSQL errors. */
public final class Codecs {
    private Codecs() {}

    public static String text(PgType t, Object v) {
        return text(t, v, FormatSettings.DEFAULT);
    }

    public static String text(PgType t, Object v, FormatSettings s) {
        ByteArraySink sink = new ByteArraySink();
        t.encodeText(v, s, sink);
        return new String(sink.toByteArray(), StandardCharsets.UTF_8);
    }

    public static String hex(PgType t, Object v) {
        ByteArraySink sink = new ByteArraySink(1);
        t.encodeBinary(v, FormatSettings.DEFAULT, sink);
        return HexFormat.of().formatHex(sink.toByteArray());
    }

    public static Object parse(PgType t, String text) {
        return parse(t, text, FormatSettings.DEFAULT);
    }

    public static Object parse(PgType t, String text, FormatSettings s) {
        byte[] b = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
        return t.codec().decodeText(b, 2, b.length - 4, s);
    }

    public static Object fromHex(PgType t, String hex) {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] b = new byte[raw.length + 3];
        System.arraycopy(raw, 0, b, 1, raw.length);
        return t.codec().decodeBinary(b, 1, raw.length, FormatSettings.DEFAULT);
    }

    /** Asserts text and binary golden forms and both round trips. */
    public static void golden(PgType t, Object value, String text, String hex) {
        assertEquals(text, text(t, value), "text of " + value);
        assertEquals(hex, hex(t, value), "binary of " + value);
        Object canonical = t.codec().coerce(value);
        assertEquals(canonical, parse(t, text), "text round trip of " + text);
        assertEquals(canonical, fromHex(t, hex), "binary round trip of " + hex);
    }

    public static void pgError(String sqlState, String message, Executable e) {
        PgTypeException ex = assertThrows(PgTypeException.class, e);
        assertEquals(message, ex.getMessage());
        assertEquals(sqlState, ex.sqlState());
    }
}

package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.hex;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ByteaOutput;
import dev.tusk.types.FormatSettings;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarCodecTest {
    @Test
    void bool() {
        golden(BuiltinTypes.BOOL, true, "t", "01");
        golden(BuiltinTypes.BOOL, false, "f", "00");
        pgError("22P02", "invalid input syntax for type boolean: \"x\"", () -> parse(BuiltinTypes.BOOL, "x"));
        pgError("22P02", "invalid input syntax for type boolean: \"o\"", () -> parse(BuiltinTypes.BOOL, "o"));
        pgError("22P02", "invalid input syntax for type boolean: \"\"", () -> parse(BuiltinTypes.BOOL, ""));
        pgError("22P02", "invalid input syntax for type boolean: \"10\"", () -> parse(BuiltinTypes.BOOL, "10"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "t|true",
                "TRUE|true",
                "tr|true",
                "yes|true",
                "Y|true",
                "on|true",
                "1|true",
                "' On '|true",
                "f|false",
                "FaLsE|false",
                "no|false",
                "N|false",
                "off|false",
                "of|false",
                "0|false",
                "' 0'|false"
            })
    void boolInput(String in, boolean expected) {
        assertEquals(expected, parse(BuiltinTypes.BOOL, in));
    }

    @Test
    void integers() {
        golden(BuiltinTypes.INT2, (short) -2, "-2", "fffe");
        golden(BuiltinTypes.INT4, 42, "42", "0000002a");
        golden(BuiltinTypes.INT4, Integer.MIN_VALUE, "-2147483648", "80000000");
        golden(BuiltinTypes.INT8, Long.MAX_VALUE, "9223372036854775807", "7fffffffffffffff");
        golden(BuiltinTypes.INT8, Long.MIN_VALUE, "-9223372036854775808", "8000000000000000");
        assertEquals("7", text(BuiltinTypes.INT4, (short) 7));
        assertEquals("7", text(BuiltinTypes.INT4, (byte) 7));
        assertEquals("0000000000000007", hex(BuiltinTypes.INT8, 7));
        assertEquals(42, parse(BuiltinTypes.INT4, "  42 "));
        assertEquals(42, parse(BuiltinTypes.INT4, "+42"));
        pgError(
                "22003",
                "value \"99999999999\" is out of range for type integer",
                () -> parse(BuiltinTypes.INT4, "99999999999"));
        pgError(
                "22003",
                "value \"2147483648\" is out of range for type integer",
                () -> parse(BuiltinTypes.INT4, "2147483648"));
        assertEquals(Integer.MIN_VALUE, parse(BuiltinTypes.INT4, "-2147483648"));
        pgError("22P02", "invalid input syntax for type integer: \"abc\"", () -> parse(BuiltinTypes.INT4, "abc"));
        pgError("22P02", "invalid input syntax for type integer: \"4 2\"", () -> parse(BuiltinTypes.INT4, "4 2"));
        pgError("22003", "value \"40000\" is out of range for type smallint", () -> parse(BuiltinTypes.INT2, "40000"));
        pgError("22P02", "invalid input syntax for type bigint: \"\"", () -> parse(BuiltinTypes.INT8, ""));
        pgError(
                "22003",
                "value \"99999999999999999999\" is out of range for type bigint",
                () -> parse(BuiltinTypes.INT8, "99999999999999999999"));
        pgError(
                "42804",
                "cannot encode a value of Java type java.lang.Long as integer",
                () -> text(BuiltinTypes.INT4, 1L));
        pgError(
                "42804",
                "cannot encode a value of Java type java.lang.String as bigint",
                () -> text(BuiltinTypes.INT8, "1"));
        pgError("08P01", "insufficient data left in message", () -> fromHex(BuiltinTypes.INT4, "000000"));
    }

    @Test
    void oid() {
        golden(BuiltinTypes.OID, 4294967295L, "4294967295", "ffffffff");
        assertEquals("4294967295", text(BuiltinTypes.OID, -1));
        assertEquals(4294967295L, parse(BuiltinTypes.OID, "-1"));
        pgError(
                "22003",
                "value \"4294967296\" is out of range for type oid",
                () -> parse(BuiltinTypes.OID, "4294967296"));
    }

    @Test
    void strings() {
        golden(BuiltinTypes.TEXT, "héllo", "héllo", "68c3a96c6c6f");
        golden(BuiltinTypes.VARCHAR, "", "", "");
        golden(BuiltinTypes.BPCHAR, "ab ", "ab ", "616220");
        golden(BuiltinTypes.JSON, "{\"a\": 1}", "{\"a\": 1}", "7b2261223a20317d");
        assertEquals("sb", text(BuiltinTypes.TEXT, new StringBuilder("sb")));
        assertEquals("x".repeat(63), parse(BuiltinTypes.NAME, "x".repeat(70)));
        assertEquals("x".repeat(62), parse(BuiltinTypes.NAME, "x".repeat(62) + "é"));
        golden(BuiltinTypes.JSONB, "{\"a\": 1}", "{\"a\": 1}", "017b2261223a20317d");
        pgError("XX000", "unsupported jsonb version number 2", () -> fromHex(BuiltinTypes.JSONB, "027b7d"));
        golden(BuiltinTypes.UNKNOWN, "x", "x", "78");
    }

    @Test
    void internalChar() {
        golden(BuiltinTypes.CHAR, (byte) 'r', "r", "72");
        assertEquals("\\377", text(BuiltinTypes.CHAR, (byte) 0xFF));
        assertEquals("", text(BuiltinTypes.CHAR, (byte) 0));
        assertEquals((byte) 0xFF, parse(BuiltinTypes.CHAR, "\\377"));
        assertEquals((byte) 'a', parse(BuiltinTypes.CHAR, "abc"));
        assertEquals("c", text(BuiltinTypes.CHAR, 'c'));
        assertEquals("c", text(BuiltinTypes.CHAR, "c"));
    }

    @Test
    void bytea() {
        byte[] v = {0, (byte) 0xff, '\\', 'A'};
        assertEquals("\\x00ff5c41", text(BuiltinTypes.BYTEA, v));
        assertEquals("00ff5c41", hex(BuiltinTypes.BYTEA, v));
        byte[] w = {0, (byte) 0xff, '\\', 'A', '\'', '\n'};
        FormatSettings esc = FormatSettings.DEFAULT.withByteaOutput(ByteaOutput.ESCAPE);
        assertEquals("\\000\\377\\\\A'\\012", text(BuiltinTypes.BYTEA, w, esc));
        assertArrayEquals(w, (byte[]) parse(BuiltinTypes.BYTEA, "\\000\\377\\\\A'\\012"));
        assertArrayEquals(v, (byte[]) parse(BuiltinTypes.BYTEA, "\\x00 FF5c41"));
        assertArrayEquals(v, (byte[]) fromHex(BuiltinTypes.BYTEA, "00ff5c41"));
        pgError("22023", "invalid hexadecimal digit: \"z\"", () -> parse(BuiltinTypes.BYTEA, "\\xzz"));
        pgError("22023", "invalid hexadecimal data: odd number of digits", () -> parse(BuiltinTypes.BYTEA, "\\x1"));
        pgError("22P02", "invalid input syntax for type bytea", () -> parse(BuiltinTypes.BYTEA, "\\9"));
    }

    @Test
    void uuid() {
        UUID u = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        golden(BuiltinTypes.UUID, u, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "a0eebc999c0b4ef8bb6d6bb9bd380a11");
        assertEquals(u, parse(BuiltinTypes.UUID, "{A0EEBC99-9C0B4EF8-BB6D6BB9-BD380A11}"));
        assertEquals(u, parse(BuiltinTypes.UUID, "a0eebc999c0b4ef8bb6d6bb9bd380a11"));
        pgError("22P02", "invalid input syntax for type uuid: \"abc\"", () -> parse(BuiltinTypes.UUID, "abc"));
    }

    @Test
    void voidType() {
        assertEquals("", text(BuiltinTypes.VOID, "anything"));
        assertEquals("", hex(BuiltinTypes.VOID, "x"));
        assertNull(parse(BuiltinTypes.VOID, "whatever"));
    }
}

package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgBits;
import dev.tusk.types.PgMacAddr;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden text and binary forms of macaddr, macaddr8, bit and varbit, checked against PostgreSQL 15. */
class MacaddrBitCodecTest {
    private static PgMacAddr mac(String hex) {
        return new PgMacAddr(HexFormat.of().parseHex(hex));
    }

    @Test
    void macaddr() {
        golden(BuiltinTypes.MACADDR, mac("08002b010203"), "08:00:2b:01:02:03", "08002b010203");
        golden(BuiltinTypes.MACADDR, mac("ffffffffffff"), "ff:ff:ff:ff:ff:ff", "ffffffffffff");
        pgError(
                "22003",
                "invalid octet value in \"macaddr\" value: \"08:00:2b:01:02:100\"",
                () -> parse(BuiltinTypes.MACADDR, "08:00:2b:01:02:100"));
        pgError("08P01", "insufficient data left in message", () -> fromHex(BuiltinTypes.MACADDR, "08002b0102"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "08:00:2b:01:02:03",
                "08-00-2b-01-02-03",
                "08002b:010203",
                "08002b-010203",
                "0800.2b01.0203",
                "0800-2b01-0203",
                "08002b010203",
                " 08:00:2B:01:02:03 ",
                "8:0:2b:1:2:3"
            })
    void macaddrInput(String input) {
        assertEquals(mac("08002b010203"), parse(BuiltinTypes.MACADDR, input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08:00:2b:01:02", "08:00:2b:01:02:03:04", "zz", "08:00-2b:01:02:03", ""})
    void macaddrInvalid(String input) {
        pgError(
                "22P02",
                "invalid input syntax for type macaddr: \"" + input + "\"",
                () -> parse(BuiltinTypes.MACADDR, input));
    }

    @Test
    void macaddr8() {
        golden(BuiltinTypes.MACADDR8, mac("08002b0102030405"), "08:00:2b:01:02:03:04:05", "08002b0102030405");
        assertEquals(mac("08002bfffe010203"), parse(BuiltinTypes.MACADDR8, "08:00:2b:01:02:03"));
        assertEquals(mac("08002bfffe010203"), fromHex(BuiltinTypes.MACADDR8, "08002b010203"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "08:00:2b:01:02:03:04:05", "08-00-2b-01-02-03-04-05", "08002b:0102030405", "08002b0102030405",
                "0800.2b01.0203.0405", "0800-2b01-0203-0405", "08002b:01:02:03:04:05", " 08:00:2b:01:02:03:04:05 "
            })
    void macaddr8Input(String input) {
        assertEquals(mac("08002b0102030405"), parse(BuiltinTypes.MACADDR8, input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08:00:2b:01:02:03:04:05:06", "zz", "8:0:2b:1:2:3:4:5", ""})
    void macaddr8Invalid(String input) {
        pgError(
                "22P02",
                "invalid input syntax for type macaddr8: \"" + input + "\"",
                () -> parse(BuiltinTypes.MACADDR8, input));
    }

    @Test
    void bits() {
        golden(BuiltinTypes.BIT, PgBits.of("0101"), "0101", "0000000450");
        golden(BuiltinTypes.VARBIT, PgBits.of("0101"), "0101", "0000000450");
        golden(BuiltinTypes.VARBIT, PgBits.of("101100111"), "101100111", "00000009b380");
        golden(BuiltinTypes.VARBIT, PgBits.of(""), "", "00000000");
        golden(BuiltinTypes.BIT, PgBits.of("1"), "1", "0000000180");
        assertEquals(PgBits.of("00011111"), parse(BuiltinTypes.VARBIT, "x1F"));
        assertEquals(PgBits.of("00011111"), parse(BuiltinTypes.BIT, "X1f"));
        assertEquals(PgBits.of("01"), parse(BuiltinTypes.VARBIT, "b01"));
        // receive clears the pad bits of the last byte
        assertEquals(PgBits.of("0101"), fromHex(BuiltinTypes.VARBIT, "000000045f"));
        pgError("22P02", "\"2\" is not a valid binary digit", () -> parse(BuiltinTypes.VARBIT, "012"));
        pgError("22P02", "\"G\" is not a valid hexadecimal digit", () -> parse(BuiltinTypes.VARBIT, "x1G"));
        pgError("22P02", "\" \" is not a valid binary digit", () -> parse(BuiltinTypes.VARBIT, " 01"));
        pgError("22P02", "\" \" is not a valid binary digit", () -> parse(BuiltinTypes.VARBIT, "01 "));
        pgError("22P03", "invalid length in external bit string", () -> fromHex(BuiltinTypes.BIT, "ffffffff"));
        assertEquals("bit(5)", BuiltinTypes.BIT.formatType(5));
        assertEquals("\"bit\"", BuiltinTypes.BIT.formatType(-1));
        assertEquals("bit", BuiltinTypes.BIT.formatType());
        assertEquals("bit varying(5)", BuiltinTypes.VARBIT.formatType(5));
        assertEquals("bit varying", BuiltinTypes.VARBIT.formatType(-1));
        assertEquals("bit(3)[]", BuiltinTypes.BIT_ARRAY.formatType(3));
        assertEquals("\"bit\"[]", BuiltinTypes.BIT_ARRAY.formatType(-1));
    }
}

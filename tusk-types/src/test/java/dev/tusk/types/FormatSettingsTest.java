package dev.tusk.types;

import static dev.tusk.types.Codecs.pgError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatSettingsTest {
    @Test
    void dateStyleParsing() {
        assertEquals("ISO, MDY", DateStyle.parse("ISO, MDY").toString());
        assertEquals("ISO, MDY", DateStyle.parse("iso").toString());
        assertEquals("German, DMY", DateStyle.parse("German").toString());
        assertEquals("SQL, DMY", DateStyle.parse("sql, dmy").toString());
        assertEquals("Postgres, DMY", DateStyle.parse("postgres,european").toString());
        assertEquals(
                "ISO, YMD", DateStyle.parse("iso", DateStyle.parse("sql, ymd")).toString());
        assertEquals(
                "SQL, YMD", DateStyle.parse("ymd", DateStyle.parse("sql, dmy")).toString());
        pgError("22023", "invalid value for parameter \"DateStyle\": \"iso, sql\"", () -> DateStyle.parse("iso, sql"));
        pgError("22023", "invalid value for parameter \"DateStyle\": \"foo\"", () -> DateStyle.parse("foo"));
    }

    @Test
    void defaults() {
        FormatSettings d = FormatSettings.DEFAULT;
        assertEquals(DateStyle.DEFAULT, d.dateStyle());
        assertEquals(IntervalStyle.POSTGRES, d.intervalStyle());
        assertEquals(ZoneOffset.UTC, d.timeZone());
        assertEquals(1, d.extraFloatDigits());
        assertEquals(ByteaOutput.HEX, d.byteaOutput());
        assertEquals(IntervalStyle.SQL_STANDARD, IntervalStyle.parse("SQL_standard"));
        assertEquals("iso_8601", IntervalStyle.ISO_8601.toString());
        pgError(
                "22023",
                "4 is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)",
                () -> d.withExtraFloatDigits(4));
    }

    @Test
    void sinkWritesBigEndian() {
        ByteArraySink s = new ByteArraySink(1);
        s.writeShort(0x0102);
        s.writeInt(0x03040506);
        s.writeLong(0x0708090a0b0c0d0eL);
        s.writeAscii("A");
        s.writeUtf8("é");
        assertEquals(
                "0102030405060708090a0b0c0d0e41c3a9", java.util.HexFormat.of().formatHex(s.toByteArray()));
        s.reset();
        assertEquals(0, s.size());
    }
}

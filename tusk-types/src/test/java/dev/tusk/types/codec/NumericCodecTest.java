package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.hex;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binary goldens from {@code numeric_send} on PostgreSQL 15. */
class NumericCodecTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0|0000000000000000",
                "1.50|1.50|000200000000000200011388",
                "-12345.6789|-12345.6789|0003000140000004000109291a85",
                "0.0001|0.0001|0001ffff000000040001",
                "100000000|100000000|00010002000000000001",
                "1E-10|0.0000000001|0001fffd0000000a0064",
                "123456789.000|123456789.000|0003000200000003000109291a85"
            })
    void golden_(String value, String text, String hex) {
        golden(
                BuiltinTypes.NUMERIC,
                new BigDecimal(value).scale() < 0 ? new BigDecimal(value).setScale(0) : new BigDecimal(value),
                text,
                hex);
    }

    @Test
    void specials() {
        golden(BuiltinTypes.NUMERIC, Double.NaN, "NaN", "00000000c0000000");
        golden(BuiltinTypes.NUMERIC, Double.POSITIVE_INFINITY, "Infinity", "00000000d0000020");
        golden(BuiltinTypes.NUMERIC, Double.NEGATIVE_INFINITY, "-Infinity", "00000000f0000020");
    }

    @Test
    void lenient() {
        assertEquals("12", text(BuiltinTypes.NUMERIC, 12));
        assertEquals("12", text(BuiltinTypes.NUMERIC, 12L));
        assertEquals(
                "123456789012345678901234567890",
                text(BuiltinTypes.NUMERIC, new BigInteger("123456789012345678901234567890")));
        assertEquals("0.1", text(BuiltinTypes.NUMERIC, 0.1));
        assertEquals("1000", text(BuiltinTypes.NUMERIC, new BigDecimal("1E+3")));
        assertEquals(
                hex(BuiltinTypes.NUMERIC, new BigDecimal("1000")), hex(BuiltinTypes.NUMERIC, new BigDecimal("1E+3")));
    }

    @Test
    void input() {
        assertEquals(new BigDecimal("1500"), parse(BuiltinTypes.NUMERIC, " 1.5e3 "));
        assertEquals(new BigDecimal("-0.50"), parse(BuiltinTypes.NUMERIC, "-.50"));
        assertEquals(Double.NaN, parse(BuiltinTypes.NUMERIC, "nan"));
        pgError("22P02", "invalid input syntax for type numeric: \"abc\"", () -> parse(BuiltinTypes.NUMERIC, "abc"));
        pgError("22003", "value overflows numeric format", () -> parse(BuiltinTypes.NUMERIC, "1e200000"));
        pgError("22003", "value overflows numeric format", () -> parse(BuiltinTypes.NUMERIC, "1e9999999999"));
    }
}

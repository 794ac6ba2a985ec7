package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings verified against PostgreSQL 15. */
class FloatCodecTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.5|1.5",
                "0.1|0.1",
                "1e100|1e+100",
                "1.2345678e-05|1.2345678e-05",
                "-0.0|-0",
                "0|0",
                "1e15|1e+15",
                "1e14|100000000000000",
                "123456789012345678|1.2345678901234568e+17",
                "0.0001|0.0001",
                "0.00001|1e-05",
                "NaN|NaN",
                "Infinity|Infinity",
                "-Infinity|-Infinity",
                "0.3333333333333333|0.3333333333333333",
                "2.5e-310|2.5e-310",
                "1.7976931348623157e308|1.7976931348623157e+308",
                "100|100",
                "12345.678|12345.678"
            })
    void float8Shortest(double v, String expected) {
        assertEquals(expected, text(BuiltinTypes.FLOAT8, v));
        assertEquals(
                Double.doubleToLongBits(v), Double.doubleToLongBits((Double) parse(BuiltinTypes.FLOAT8, expected)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.5|1.5",
                "0.1|0.1",
                "1e6|1e+06",
                "1e5|100000",
                "3.14159265|3.1415927",
                "1e-5|1e-05",
                "0.33333334|0.33333334",
                "3.4028235e38|3.4028235e+38",
                "123456.7|123456.7"
            })
    void float4Shortest(float v, String expected) {
        assertEquals(expected, text(BuiltinTypes.FLOAT4, v));
        assertEquals(v, parse(BuiltinTypes.FLOAT4, expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.5|1.5",
                "0.1|0.1",
                "1e100|1e+100",
                "0.3333333333333333|0.333333333333333",
                "1e15|1e+15",
                "1e14|100000000000000",
                "123456789012345678|1.23456789012346e+17",
                "0.00001|1e-05"
            })
    void float8ExtraDigitsZero(double v, String expected) {
        assertEquals(expected, text(BuiltinTypes.FLOAT8, v, FormatSettings.DEFAULT.withExtraFloatDigits(0)));
    }

    @Test
    void lowPrecision() {
        FormatSettings s = FormatSettings.DEFAULT.withExtraFloatDigits(-3);
        assertEquals("0.333333333333", text(BuiltinTypes.FLOAT8, 1 / 3.0, s));
        assertEquals("1e+14", text(BuiltinTypes.FLOAT8, 1e14, s));
        assertEquals("1.23456789012e+13", text(BuiltinTypes.FLOAT8, 12345678901234.0, s));
        FormatSettings z = FormatSettings.DEFAULT.withExtraFloatDigits(0);
        assertEquals("0.333333", text(BuiltinTypes.FLOAT4, 1 / 3.0f, z));
        assertEquals("123457", text(BuiltinTypes.FLOAT4, 123456.7f, z));
        assertEquals("1e+06", text(BuiltinTypes.FLOAT4, 1e6f, z));
    }

    @Test
    void binary() {
        golden(BuiltinTypes.FLOAT8, 1.5, "1.5", "3ff8000000000000");
        golden(BuiltinTypes.FLOAT4, 1.5f, "1.5", "3fc00000");
        assertEquals("1.5", text(BuiltinTypes.FLOAT8, 1.5f));
        assertEquals("0.1", text(BuiltinTypes.FLOAT8, 0.1f));
        assertEquals("7", text(BuiltinTypes.FLOAT8, 7));
    }

    @Test
    void input() {
        assertEquals(1.5, parse(BuiltinTypes.FLOAT8, "  1.5  "));
        assertEquals(Double.NEGATIVE_INFINITY, parse(BuiltinTypes.FLOAT8, "-inf"));
        assertEquals(Double.NaN, parse(BuiltinTypes.FLOAT8, "nan"));
        assertEquals(0.5, parse(BuiltinTypes.FLOAT8, ".5"));
        pgError(
                "22003",
                "\"1e400\" is out of range for type double precision",
                () -> parse(BuiltinTypes.FLOAT8, "1e400"));
        pgError(
                "22003",
                "\"1e-400\" is out of range for type double precision",
                () -> parse(BuiltinTypes.FLOAT8, "1e-400"));
        pgError("22P02", "invalid input syntax for type real: \"abc\"", () -> parse(BuiltinTypes.FLOAT4, "abc"));
        pgError(
                "22P02",
                "invalid input syntax for type double precision: \"1d\"",
                () -> parse(BuiltinTypes.FLOAT8, "1d"));
        pgError("22003", "\"1e40\" is out of range for type real", () -> parse(BuiltinTypes.FLOAT4, "1e40"));
    }
}

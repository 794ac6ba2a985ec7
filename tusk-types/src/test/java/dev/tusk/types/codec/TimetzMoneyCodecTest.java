package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Golden text and binary forms of timetz and money, checked against PostgreSQL 15. */
class TimetzMoneyCodecTest {
    private static OffsetTime t(int h, int m, int s, int nanos, int offsetSeconds) {
        return OffsetTime.of(h, m, s, nanos, ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    @Test
    void timetz() {
        golden(BuiltinTypes.TIMETZ, t(4, 5, 6, 789_000_000, 7200), "04:05:06.789+02", "000000036c97ca88ffffe3e0");
        golden(BuiltinTypes.TIMETZ, t(4, 5, 6, 0, -12600), "04:05:06-03:30", "000000036c8bc08000003138");
        golden(BuiltinTypes.TIMETZ, t(0, 0, 0, 0, 0), "00:00:00+00", "000000000000000000000000");
        golden(
                BuiltinTypes.TIMETZ,
                OffsetTime.of(LocalTime.MAX, ZoneOffset.ofTotalSeconds(-(15 * 3600 + 59 * 60))),
                "24:00:00-15:59",
                "000000141dd760000000e0c4");
        golden(
                BuiltinTypes.TIMETZ,
                t(23, 59, 59, 999_999_000, 14 * 3600 + 59 * 60 + 59),
                "23:59:59.999999+14:59:59",
                "000000141dd75fffffff2d11");
        assertEquals(t(4, 5, 0, 0, 19800), parse(BuiltinTypes.TIMETZ, "04:05 +0530"));
        assertEquals("time with time zone", BuiltinTypes.TIMETZ.formatType());
        assertEquals("time(3) with time zone", BuiltinTypes.TIMETZ.formatType(3));
        assertEquals("time with time zone[]", BuiltinTypes.TIMETZ_ARRAY.formatType(-1));
        pgError(
                "22P03",
                "time zone displacement out of range",
                () -> fromHex(BuiltinTypes.TIMETZ, "000000000000000000e10000"));
    }

    @Test
    void money() {
        golden(BuiltinTypes.MONEY, new BigDecimal("1234.56"), "$1,234.56", "000000000001e240");
        golden(BuiltinTypes.MONEY, new BigDecimal("-1234.56"), "-$1,234.56", "fffffffffffe1dc0");
        golden(BuiltinTypes.MONEY, new BigDecimal("0.00"), "$0.00", "0000000000000000");
        golden(BuiltinTypes.MONEY, new BigDecimal("0.01"), "$0.01", "0000000000000001");
        golden(BuiltinTypes.MONEY, new BigDecimal("-0.50"), "-$0.50", "ffffffffffffffce");
        golden(BuiltinTypes.MONEY, new BigDecimal("123.00"), "$123.00", "000000000000300c");
        golden(
                BuiltinTypes.MONEY,
                new BigDecimal("92233720368547758.07"),
                "$92,233,720,368,547,758.07",
                "7fffffffffffffff");
        golden(
                BuiltinTypes.MONEY,
                new BigDecimal("-92233720368547758.08"),
                "-$92,233,720,368,547,758.08",
                "8000000000000000");
        assertEquals(new BigDecimal("1234.57"), parse(BuiltinTypes.MONEY, "$1,234.567"));
        assertEquals(new BigDecimal("-12.34"), parse(BuiltinTypes.MONEY, "(12.34)"));
        assertEquals(new BigDecimal("123.00"), parse(BuiltinTypes.MONEY, "1,2,3"));
        assertEquals(new BigDecimal("12.35"), parse(BuiltinTypes.MONEY, "12.345"));
        assertEquals(new BigDecimal("-12.00"), parse(BuiltinTypes.MONEY, "  $ -12 "));
        assertEquals("$5.00", text(BuiltinTypes.MONEY, 5));
        pgError("22P02", "invalid input syntax for type money: \"1e3\"", () -> parse(BuiltinTypes.MONEY, "1e3"));
        pgError(
                "22003",
                "value \"92233720368547758.08\" is out of range for type money",
                () -> parse(BuiltinTypes.MONEY, "92233720368547758.08"));
    }
}

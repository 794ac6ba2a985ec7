package dev.tusk.types.typmod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgArray;
import dev.tusk.types.PgBits;
import dev.tusk.types.PgInterval;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.PgWarning;
import dev.tusk.types.ResolvedTypeName;
import dev.tusk.types.TypeRegistry;
import dev.tusk.types.TypmodCoercion;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Type modifiers without a server: the cases below were checked against PostgreSQL 15 (TypmodDifferentialTest
 * compares many more when one is installed).
 */
class TypmodCoercionTest {
    private static int varchar(int n) {
        return n + 4;
    }

    @Test
    void varcharTruncatesOnCastAndFailsOnAssignment() {
        var t = BuiltinTypes.VARCHAR;
        assertEquals("abc", t.applyTypmod("abcd", varchar(3), true));
        PgTypeException e = assertThrows(PgTypeException.class, () -> t.applyTypmod("abcd", varchar(3), false));
        assertEquals("22001", e.sqlState());
        assertEquals("value too long for type character varying(3)", e.getMessage());
        assertEquals("abc", t.applyTypmod("abc   ", varchar(3), false), "only spaces are cut silently");
        assertEquals("ab", t.applyTypmod("ab", varchar(3), false));
        assertEquals("\ud83d\ude00\u00e9\u00e9", t.applyTypmod("\ud83d\ude00\u00e9\u00e9\u00e9", varchar(3), true));
        assertNull(t.applyTypmod(null, varchar(3), false));
        assertEquals("abcd", t.applyTypmod(new StringBuilder("abcd"), -1, false));
    }

    @Test
    void bpcharPadsAndTruncates() {
        var t = BuiltinTypes.BPCHAR;
        assertEquals("a  ", t.applyTypmod("a", varchar(3), false));
        assertEquals("\u00e9  ", t.applyTypmod("\u00e9", varchar(3), false));
        assertEquals("abc", t.applyTypmod("abcdef", varchar(3), true));
        PgTypeException e = assertThrows(PgTypeException.class, () -> t.applyTypmod("abcd", varchar(3), false));
        assertEquals("value too long for type character(3)", e.getMessage());
        assertEquals("ab  ", t.applyTypmod("ab  ", -1, false));
    }

    @Test
    void bitNeedsTheExactLengthOnAssignment() {
        var t = BuiltinTypes.BIT;
        assertEquals(PgBits.of("101"), t.applyTypmod(PgBits.of("1010"), 3, true));
        assertEquals(PgBits.of("100"), t.applyTypmod(PgBits.of("1"), 3, true));
        PgTypeException e = assertThrows(PgTypeException.class, () -> t.applyTypmod(PgBits.of("1010"), 3, false));
        assertEquals("22026", e.sqlState());
        assertEquals("bit string length 4 does not match type bit(3)", e.getMessage());
        var v = BuiltinTypes.VARBIT;
        assertEquals(PgBits.of("1"), v.applyTypmod(PgBits.of("1"), 3, false));
        assertEquals(PgBits.of("101"), v.applyTypmod(PgBits.of("1010"), 3, true));
        e = assertThrows(PgTypeException.class, () -> v.applyTypmod(PgBits.of("1010"), 3, false));
        assertEquals("22001", e.sqlState());
        assertEquals("bit string too long for type bit varying(3)", e.getMessage());
    }

    @Test
    void numericRoundsHalfAwayFromZeroAndReportsOverflow() {
        var t = BuiltinTypes.NUMERIC;
        int tm = NumericTypmod.typmod(5, 2);
        assertEquals(new BigDecimal("1.24"), t.applyTypmod(new BigDecimal("1.235"), tm, false));
        assertEquals(new BigDecimal("-1.24"), t.applyTypmod(new BigDecimal("-1.235"), tm, false));
        assertEquals(new BigDecimal("1.50"), t.applyTypmod(1.5, tm, false));
        assertEquals(new BigDecimal("12300"), t.applyTypmod(12345, NumericTypmod.typmod(5, -2), false));
        PgTypeException e =
                assertThrows(PgTypeException.class, () -> t.applyTypmod(new BigDecimal("999.995"), tm, false));
        assertEquals("22003", e.sqlState());
        assertEquals("numeric field overflow", e.getMessage());
        assertEquals("A field with precision 5, scale 2 must round to an absolute value less than 10^3.", e.detail());
        e = assertThrows(PgTypeException.class, () -> t.applyTypmod(BigDecimal.ONE, NumericTypmod.typmod(2, 2), false));
        assertEquals("A field with precision 2, scale 2 must round to an absolute value less than 1.", e.detail());
        e = assertThrows(PgTypeException.class, () -> t.applyTypmod(Double.POSITIVE_INFINITY, tm, false));
        assertEquals("A field with precision 5, scale 2 cannot hold an infinite value.", e.detail());
        assertEquals(Double.NaN, t.applyTypmod(Double.NaN, tm, false));
    }

    @Test
    void timesRoundTheirFraction() {
        assertEquals(LocalTime.MAX, BuiltinTypes.TIME.applyTypmod(LocalTime.parse("23:59:59.5"), 0, false));
        var ts = BuiltinTypes.TIMESTAMP;
        // half away from 2000-01-01, as PostgreSQL rounds microseconds since its epoch
        assertEquals(
                LocalDateTime.parse("2000-01-01T00:00:01"),
                ts.applyTypmod(LocalDateTime.parse("2000-01-01T00:00:00.5"), 0, false));
        assertEquals(
                LocalDateTime.parse("1999-12-31T23:59:59"),
                ts.applyTypmod(LocalDateTime.parse("1999-12-31T23:59:59.5"), 0, false));
        assertSame(LocalDateTime.MAX, ts.applyTypmod(LocalDateTime.MAX, 0, false));
        PgTypeException e = assertThrows(
                PgTypeException.class, () -> ts.applyTypmod(LocalDateTime.parse("2000-01-01T00:00"), 7, true));
        assertEquals("timestamp(7) precision must be between 0 and 6", e.getMessage());
        OffsetDateTime tz = OffsetDateTime.parse("2024-03-10T07:30:00.55+05:30");
        assertEquals(
                OffsetDateTime.parse("2024-03-10T07:30:00.6+05:30"),
                BuiltinTypes.TIMESTAMPTZ.applyTypmod(tz, 1, false));
        assertEquals(
                ZoneOffset.ofHoursMinutes(5, 30),
                ((OffsetDateTime) BuiltinTypes.TIMESTAMPTZ.applyTypmod(tz, 1, false)).getOffset());
    }

    @Test
    void intervalTruncatesFieldsAndRoundsSeconds() {
        var t = BuiltinTypes.INTERVAL;
        PgInterval v = new PgInterval(23, 5, 14_706_789_000L);
        assertEquals(
                new PgInterval(12, 0, 0), t.applyTypmod(v, IntervalTypmod.typmod(IntervalTypmod.YEAR, 0xFFFF), true));
        int dayToSecond2 = IntervalTypmod.typmod(IntervalTypmod.fields("day to second"), 2);
        assertEquals(new PgInterval(23, 5, 14_706_790_000L), t.applyTypmod(v, dayToSecond2, true));
        assertEquals(
                PgInterval.ofMicros(-2_000_000),
                t.applyTypmod(
                        PgInterval.ofMicros(-1_500_000), IntervalTypmod.typmod(IntervalTypmod.FULL_RANGE, 0), false));
    }

    @Test
    void arraysApplyTheElementTypmodToEachElement() {
        var t = BuiltinTypes.VARCHAR_ARRAY;
        PgArray in = PgArray.of(new int[] {2, 2}, new int[] {0, 1}, new Object[] {"abc", null, "d", "ef"});
        assertEquals(
                PgArray.of(new int[] {2, 2}, new int[] {0, 1}, new Object[] {"ab", null, "d", "ef"}),
                t.applyTypmod(in, varchar(2), true));
        assertEquals(PgArray.of("a", "bc"), t.applyTypmod(List.of("a", "bc"), varchar(2), false));
        assertThrows(PgTypeException.class, () -> t.applyTypmod(in, varchar(2), false));
        assertSame(TypmodCoercion.NONE, BuiltinTypes.INT4_ARRAY.typmodCoercion());
    }

    @Test
    void typmodsFromTheirSqlArguments() {
        assertEquals(ParsedTypmod.NONE, BuiltinTypes.VARCHAR.parseTypmod(List.of()));
        assertEquals(7, BuiltinTypes.VARCHAR.parseTypmod(List.of("3")).typmod());
        PgTypeException e = assertThrows(PgTypeException.class, () -> BuiltinTypes.VARCHAR.parseTypmod(List.of("0")));
        assertEquals("22023", e.sqlState());
        assertEquals("length for type varchar must be at least 1", e.getMessage());
        e = assertThrows(PgTypeException.class, () -> BuiltinTypes.NUMERIC.parseTypmod(List.of("1001")));
        assertEquals("NUMERIC precision 1001 must be between 1 and 1000", e.getMessage());
        ParsedTypmod p = BuiltinTypes.TIMESTAMP.parseTypmod(List.of("7"));
        assertEquals(6, p.typmod());
        assertEquals(
                List.of(new PgWarning("22023", "TIMESTAMP(7) precision reduced to maximum allowed, 6")), p.warnings());
        e = assertThrows(PgTypeException.class, () -> BuiltinTypes.INT4.parseTypmod(List.of("3")));
        assertEquals("42601", e.sqlState());
        assertEquals("type modifier is not allowed for type \"int4\"", e.getMessage());
        assertEquals(
                "numeric(10,2)",
                BuiltinTypes.NUMERIC.formatType(
                        BuiltinTypes.NUMERIC.parseTypmod(List.of("10", "2")).typmod()));
    }

    @Test
    void typeNamesResolveWithTheirTypmods() {
        TypeRegistry r = TypeRegistry.builtins();
        assertEquals(
                new ResolvedTypeName(BuiltinTypes.VARCHAR, 14, List.of()), r.resolveTypeName("character varying(10)"));
        assertEquals(new ResolvedTypeName(BuiltinTypes.BPCHAR, 5, List.of()), r.resolveTypeName("char"));
        assertEquals(
                new ResolvedTypeName(
                        BuiltinTypes.INTERVAL,
                        IntervalTypmod.typmod(IntervalTypmod.fields("day to second"), 2),
                        List.of()),
                r.resolveTypeName("interval day to second(2)"));
        assertEquals(
                new ResolvedTypeName(BuiltinTypes.NUMERIC_ARRAY, NumericTypmod.typmod(5, 2), List.of()),
                r.resolveTypeName("numeric(5,2)[]"));
        ResolvedTypeName t = r.resolveTypeName("timestamp(7) with time zone");
        assertEquals(BuiltinTypes.TIMESTAMPTZ, t.type());
        assertEquals(6, t.typmod());
        assertEquals(
                List.of(new PgWarning("22023", "TIMESTAMP(7) WITH TIME ZONE precision reduced to maximum allowed, 6")),
                t.warnings());
        PgTypeException e = assertThrows(PgTypeException.class, () -> r.resolveTypeName("varchar(0)"));
        assertEquals("length for type varchar must be at least 1", e.getMessage());
        e = assertThrows(PgTypeException.class, () -> r.resolveTypeName("integer(3)"));
        assertEquals("42601", e.sqlState());
        e = assertThrows(PgTypeException.class, () -> r.resolveTypeName("nosuch"));
        assertEquals("42704", e.sqlState());
        assertEquals("type \"nosuch\" does not exist", e.getMessage());
    }
}

package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.fromHex;
import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgMultirange;
import dev.tusk.types.PgRange;
import dev.tusk.types.TypeRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden text and binary forms taken from PostgreSQL 15.13's range_out/range_send and multirange_send. */
class RangeCodecTest {
    private static PgRange<Object> r(Object lo, Object hi, String bounds) {
        return new PgRange<>(lo, hi, bounds.charAt(0) == '[', bounds.charAt(1) == ']', false);
    }

    @Test
    void int4range() {
        golden(BuiltinTypes.INT4RANGE, r(1, 5, "[)"), "[1,5)", "0200000004000000010000000400000005");
        golden(BuiltinTypes.INT4RANGE, PgRange.emptyRange(), "empty", "01");
        golden(BuiltinTypes.INT4RANGE, r(null, 6, "()"), "(,6)", "080000000400000006");
        // discrete ranges are canonicalised to [lower,upper)
        assertEquals(r(2, 6, "[)"), parse(BuiltinTypes.INT4RANGE, "(1,5]"));
        assertEquals(r(null, 6, "()"), parse(BuiltinTypes.INT4RANGE, "(,5]"));
        assertEquals("[2,6)", text(BuiltinTypes.INT4RANGE, r(1, 5, "(]")));
        assertEquals("empty", text(BuiltinTypes.INT4RANGE, r(3, 4, "()")));
        assertEquals(PgRange.emptyRange(), parse(BuiltinTypes.INT4RANGE, "[3,3)"));
        assertEquals(PgRange.emptyRange(), parse(BuiltinTypes.INT4RANGE, " EMPTY "));
        assertEquals(r(1, 6, "[)"), parse(BuiltinTypes.INT4RANGE, "[ 1 , 5 ]"));
        assertEquals(r(1, 5, "[)"), parse(BuiltinTypes.INT4RANGE, "[\"1\",\"5\")"));
        assertEquals(r(1, 5, "[)"), parse(BuiltinTypes.INT4RANGE, "  [1,5)  "));
        assertEquals(r(2, 6, "[)"), fromHex(BuiltinTypes.INT4RANGE, "0400000004000000010000000400000005"));
    }

    @Test
    void rangeErrors() {
        pgError(
                "22000",
                "range lower bound must be less than or equal to range upper bound",
                () -> parse(BuiltinTypes.INT4RANGE, "[5,2)"));
        pgError("22003", "integer out of range", () -> parse(BuiltinTypes.INT4RANGE, "[1,2147483647]"));
        pgError("22P02", "malformed range literal: \"[1,2\"", () -> parse(BuiltinTypes.INT4RANGE, "[1,2"));
        pgError("22P02", "malformed range literal: \"(1,2\"", () -> parse(BuiltinTypes.INT4RANGE, "(1,2"));
        pgError("22P02", "malformed range literal: \"[1,2)x\"", () -> parse(BuiltinTypes.INT4RANGE, "[1,2)x"));
        pgError("22P02", "malformed range literal: \"empt\"", () -> parse(BuiltinTypes.INT4RANGE, "empt"));
        pgError("22P02", "malformed range literal: \"empty x\"", () -> parse(BuiltinTypes.INT4RANGE, "empty x"));
        pgError("22P02", "malformed range literal: \"[1,2,3)\"", () -> parse(BuiltinTypes.INT4RANGE, "[1,2,3)"));
        pgError("22P02", "malformed range literal: \"[1;2)\"", () -> parse(BuiltinTypes.INT4RANGE, "[1;2)"));
        pgError(
                "22P02",
                "invalid input syntax for type integer: \"\"",
                () -> parse(BuiltinTypes.INT4RANGE, "[1,\"\")"));
        pgError("22P03", "range flags are invalid", () -> fromHex(BuiltinTypes.INT4RANGE, "20"));
        pgError("08P01", "insufficient data left in message", () -> fromHex(BuiltinTypes.INT4RANGE, "02000000"));
    }

    @Test
    void otherRanges() {
        golden(BuiltinTypes.INT8RANGE, new PgRange<>(null, null, false, false, false), "(,)", "18");
        golden(
                BuiltinTypes.NUMRANGE,
                r(new BigDecimal("1.5"), new BigDecimal("2.25"), "[]"),
                "[1.5,2.25]",
                "060000000c0002000000000001000113880000000c0002000000000002000209c4");
        golden(
                BuiltinTypes.TSRANGE,
                r(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 1, 2, 0, 0), "[)"),
                "[\"2024-01-01 00:00:00\",\"2024-01-02 00:00:00\")",
                "02000000080002b0d5d4e94000000000080002b0e9f2c0a000");
        golden(
                BuiltinTypes.TSTZRANGE,
                r(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), OffsetDateTime.MAX, "[)"),
                "[\"2024-01-01 00:00:00+00\",infinity)",
                "02000000080002b0d5d4e94000000000087fffffffffffffff");
        golden(
                BuiltinTypes.DATERANGE,
                r(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), "[)"),
                "[2024-01-01,2024-02-01)",
                "02000000040000223e000000040000225d");
        assertEquals(
                r(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), "[)"),
                parse(BuiltinTypes.DATERANGE, "[2024-01-01,2024-01-31]"));
        golden(
                BuiltinTypes.DATERANGE,
                r(LocalDate.MIN, LocalDate.MAX, "[]"),
                "[-infinity,infinity]",
                "060000000480000000000000047fffffff");
        assertEquals(new PgRange<>(null, null, false, false, false), parse(BuiltinTypes.DATERANGE, "[,)"));
    }

    @Test
    void multiranges() {
        golden(
                BuiltinTypes.INT4MULTIRANGE,
                new PgMultirange<>(List.of(r(1, 3, "[)"), r(5, 7, "[)"))),
                "{[1,3),[5,7)}",
                "00000002000000110200000004000000010000000400000003000000110200000004000000050000000400000007");
        golden(BuiltinTypes.INT4MULTIRANGE, new PgMultirange<>(List.of()), "{}", "00000000");
        assertEquals(
                new PgMultirange<>(List.of(r(1, 3, "[)"), r(5, 7, "[)"))),
                parse(BuiltinTypes.INT4MULTIRANGE, "{[1,3), [5,7)}"));
        assertEquals(
                new PgMultirange<>(List.of(r(1, 7, "[)"))),
                parse(BuiltinTypes.INT4MULTIRANGE, "{[5,7),[1,4), [3,4], empty}"));
        assertEquals(new PgMultirange<>(List.of()), parse(BuiltinTypes.INT4MULTIRANGE, "{empty}"));
        assertEquals(new PgMultirange<>(List.of()), parse(BuiltinTypes.INT4MULTIRANGE, " { } "));
        assertEquals(
                "{[1,9]}",
                text(BuiltinTypes.NUMMULTIRANGE, parse(BuiltinTypes.NUMMULTIRANGE, "{[3,7), [1,4), (5,9], empty}")));
        assertEquals("{(,4)}", text(BuiltinTypes.INT8MULTIRANGE, parse(BuiltinTypes.INT8MULTIRANGE, "{(,2], [1,3]}")));
        assertEquals(
                "{(1,2),(2,3)}", text(BuiltinTypes.NUMMULTIRANGE, parse(BuiltinTypes.NUMMULTIRANGE, "{(1,2), (2,3)}")));
        assertEquals(
                "{[1,2),(2,3)}", text(BuiltinTypes.NUMMULTIRANGE, parse(BuiltinTypes.NUMMULTIRANGE, "{[1,2), (2,3)}")));
        assertEquals("{[1,3)}", text(BuiltinTypes.NUMMULTIRANGE, parse(BuiltinTypes.NUMMULTIRANGE, "{[1,2], (2,3)}")));
        assertEquals(
                "{[2024-01-01,2024-01-10)}",
                text(
                        BuiltinTypes.DATEMULTIRANGE,
                        parse(BuiltinTypes.DATEMULTIRANGE, "{[2024-01-01,2024-01-05), [2024-01-05,2024-01-10)}")));
        assertEquals(
                "{[1,9]}",
                text(
                        BuiltinTypes.NUMMULTIRANGE,
                        fromHex(
                                BuiltinTypes.NUMMULTIRANGE,
                                "000000010000001d060000000a000100000000000000010000000a00010000000000000009")));
    }

    @Test
    void multirangeErrors() {
        pgError(
                "22P02",
                "malformed multirange literal: \"{[1,3) [5,7)}\"",
                () -> parse(BuiltinTypes.INT4MULTIRANGE, "{[1,3) [5,7)}"));
        pgError("22P02", "malformed multirange literal: \"[1,3)\"", () -> parse(BuiltinTypes.INT4MULTIRANGE, "[1,3)"));
        pgError(
                "22P02",
                "malformed multirange literal: \"{[1,3)\"",
                () -> parse(BuiltinTypes.INT4MULTIRANGE, "{[1,3)"));
        pgError(
                "22P02",
                "malformed multirange literal: \"{[1,5)} x\"",
                () -> parse(BuiltinTypes.INT4MULTIRANGE, "{[1,5)} x"));
        pgError("22P02", "malformed multirange literal: \"{x}\"", () -> parse(BuiltinTypes.INT4MULTIRANGE, "{x}"));
        pgError("08P01", "insufficient data left in message", () -> fromHex(BuiltinTypes.INT4MULTIRANGE, "7fffffff"));
    }

    @Test
    void registry() {
        TypeRegistry reg = TypeRegistry.builtins();
        assertEquals(BuiltinTypes.INT4RANGE, reg.byName("int4range").orElseThrow());
        assertEquals(BuiltinTypes.INT8MULTIRANGE_ARRAY, reg.byOid(6157).orElseThrow());
        assertEquals("int4range[]", BuiltinTypes.INT4RANGE_ARRAY.formatType());
        assertEquals('r', BuiltinTypes.TSTZRANGE.typtype());
        assertEquals('m', BuiltinTypes.DATEMULTIRANGE.typtype());
        assertEquals('R', BuiltinTypes.DATEMULTIRANGE.typcategory());
        assertEquals('d', BuiltinTypes.INT8RANGE_ARRAY.typalign());
        assertEquals(6155, BuiltinTypes.DATEMULTIRANGE.typarray());
    }
}

package dev.tusk.types.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** glibc strtod semantics that PostgreSQL's float input inherits, checked against PostgreSQL 15's results. */
class CStrtodTest {
    private static CStrtod.Result d(String s) {
        return CStrtod.parse(s, 0, false);
    }

    @Test
    void decimalTakesTheLongestPrefix() {
        assertEquals(1.5, d("1.5").value());
        assertEquals(1, d("1e").end(), "an exponent without digits is not consumed");
        assertEquals(1, d("1e+x").end());
        assertEquals(2, d("5.").end());
        assertEquals(0.5, d(".5").value());
        assertEquals(0, d(".").end(), "nothing converted");
        assertEquals(0, d("- 1").end());
    }

    @Test
    void hexadecimalForms() {
        assertEquals(8.0, d("0x1p3").value());
        assertEquals(3.0, d("0X1.8P1").value());
        assertEquals(16.0, d("0x10").value());
        assertEquals(1, d("0x").end(), "0x without digits reads just the 0");
        assertEquals(3, d("0x1p").end());
        assertEquals(-8.0, d("-0x1p3").value());
    }

    @Test
    void specialWordsKeepTheirSign() {
        assertEquals(Double.POSITIVE_INFINITY, d("inf").value());
        assertEquals(8, d("Infinity").end());
        assertEquals(3, d("infinit").end(), "infinit is inf plus junk");
        assertEquals(0xfff8000000000000L, Double.doubleToRawLongBits(d("-nan").value()));
        assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(d("NaN").value()));
        assertEquals(
                0xffc00000,
                Float.floatToRawIntBits(CStrtod.parse("-NaN", 0, true).floatValue()));
    }

    @Test
    void rangeIsOverflowOrUnderflowToZero() {
        assertTrue(d("1e309").range());
        assertTrue(d("2e-324").range());
        assertFalse(d("2.5e-324").range(), "rounds up to the smallest denormal");
        assertFalse(d("0e-999").range(), "an exact zero");
        assertTrue(CStrtod.parse("3.5e38", 0, true).range());
        assertFalse(CStrtod.parse("1e-45", 0, true).range());
        assertTrue(d("1e99999999999999999999").range());
    }
}

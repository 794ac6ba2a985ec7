package dev.tusk.types.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast shortest output (from Java's toString digits) against the exact BigDecimal search it replaces. */
class FloatTextTest {

    @Test
    void fastPathDeclinesWhereJavaMayChooseOtherDigitsThanRyu() {
        // on the rounding interval's edge: Java accepts 1e23 (ties-to-even rounds it back), ryu does not
        assertNull(FloatText.shortestFast(1e23));
        assertEquals("9.999999999999999e+22", FloatText.format(1e23, false, 1));
        // subnormals: Java gives 4.9E-324 and 9.9E-324 where one digit suffices
        assertNull(FloatText.shortestFast(Double.MIN_VALUE));
        assertEquals("5e-324", FloatText.format(Double.MIN_VALUE, false, 1));
        assertEquals("1e-323", FloatText.format(1e-323, false, 1));
        assertEquals("1e-45", FloatText.format(Float.MIN_VALUE, true, 1));
        assertEquals("9.007199254740992e+15", FloatText.format(9007199254740993.0, false, 1));
        assertEquals("1e+100", FloatText.format(1e100, false, 1));
        assertEquals("1.2345678e-05", FloatText.format(1.2345678e-05, false, 1));
        assertEquals("1.797693e+38", FloatText.format(1.797693e38f, true, 1));
    }

    @Test
    void fastAndExactAgreeOnRandomBitPatterns() {
        SplittableRandom r = new SplittableRandom(20240314);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d) && d != 0) {
                assertEquals(FloatText.shortestExact(d, false), FloatText.format(d, false, 1), Double.toString(d));
            }
            float f = Float.intBitsToFloat(r.nextInt());
            if (Float.isFinite(f) && f != 0) {
                assertEquals(FloatText.shortestExact(f, true), FloatText.format(f, true, 1), Float.toString(f));
            }
        }
    }
}

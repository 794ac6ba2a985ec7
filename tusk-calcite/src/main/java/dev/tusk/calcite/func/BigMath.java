package dev.tusk.calcite.func;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** exp and ln of BigDecimal to a requested precision (with guard digits), for numeric's transcendental functions. */
final class BigMath {
    private BigMath() {}

    /** e^x. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        MathContext work = new MathContext(mc.getPrecision() + 20, RoundingMode.HALF_EVEN);
        // halve x until it is small, sum the Taylor series, then square back
        int halvings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
            r = r.divide(BigDecimal.valueOf(2), work);
            halvings++;
        }
        work = new MathContext(work.getPrecision() + halvings, RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
        for (int k = 1; k < 10000; k++) {
            term = term.multiply(r, work).divide(BigDecimal.valueOf(k), work);
            sum = sum.add(term, work);
            if (term.abs().compareTo(epsilon.multiply(sum.abs())) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, work);
        }
        return sum.round(mc);
    }

    /** ln(x) for x &gt; 0. */
    static BigDecimal ln(BigDecimal x, MathContext mc) {
        if (x.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        MathContext work = new MathContext(mc.getPrecision() + 20, RoundingMode.HALF_EVEN);
        // x = m * 10^e with m in [0.1, 1): ln(x) = ln(m) + e ln(10)
        int e = x.precision() - x.scale();
        BigDecimal m = x.movePointLeft(e);
        BigDecimal result = lnNearOne(m, work);
        if (e != 0) {
            result = result.add(lnNearOne(BigDecimal.TEN, work).multiply(BigDecimal.valueOf(e), work), work);
        }
        return result.round(mc);
    }

    /** ln by repeated square roots down to near 1, then the atanh series. */
    private static BigDecimal lnNearOne(BigDecimal x, MathContext mc) {
        int roots = 0;
        BigDecimal y = x;
        BigDecimal lo = new BigDecimal("0.99");
        BigDecimal hi = new BigDecimal("1.01");
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        while (y.compareTo(lo) < 0 || y.compareTo(hi) > 0) {
            y = y.sqrt(work);
            roots++;
        }
        // ln(y) = 2 atanh(z), z = (y - 1) / (y + 1)
        BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), work);
        BigDecimal z2 = z.multiply(z, work);
        BigDecimal sum = z;
        BigDecimal power = z;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
        for (int k = 3; k < 100000; k += 2) {
            power = power.multiply(z2, work);
            BigDecimal term = power.divide(BigDecimal.valueOf(k), work);
            sum = sum.add(term, work);
            if (term.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2).pow(roots + 1), work);
    }
}

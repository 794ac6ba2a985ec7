package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * PostgreSQL's numeric arithmetic on BigDecimal: the display scales its operations choose (select_div_scale and the
 * rules of sqrt, exp, ln, log and power), rounding half away from zero, and the transcendental functions computed to
 * the digits PostgreSQL prints.
 */
final class Numerics {
    /** NUMERIC_MIN_SIG_DIGITS. */
    static final int MIN_SIG_DIGITS = 16;
    /** NUMERIC_MAX_DISPLAY_SCALE. */
    static final int MAX_DISPLAY_SCALE = 1000;
    /** NUMERIC_MAX_RESULT_SCALE. */
    static final int MAX_RESULT_SCALE = MAX_DISPLAY_SCALE * 2;

    /** The most decimal digits numeric holds before the point (NUMERIC_WEIGHT_MAX base-10000 digits). */
    private static final int MAX_WEIGHT_DIGITS = 131072;

    private static final int DEC_DIGITS = 4;
    private static final BigDecimal NBASE = BigDecimal.valueOf(10000);

    private Numerics() {}

    /** PostgreSQL's display scale of a value: never negative. */
    static int dscale(BigDecimal x) {
        return Math.max(x.scale(), 0);
    }

    /** {@code x} with a non-negative scale, as numeric holds it. */
    static BigDecimal normalize(BigDecimal x) {
        return x.scale() < 0 ? x.setScale(0) : x;
    }

    /** The weight (base-10000 position) of the first non-zero digit group; 0 for zero. */
    static int weight(BigDecimal x) {
        if (x.signum() == 0) {
            return 0;
        }
        int e = x.precision() - x.scale() - 1; // decimal exponent of the leading digit
        return Math.floorDiv(e, DEC_DIGITS);
    }

    /** The first non-zero base-10000 digit group; 0 for zero. */
    static int firstDigit(BigDecimal x) {
        if (x.signum() == 0) {
            return 0;
        }
        return x.abs()
                .movePointLeft(DEC_DIGITS * weight(x))
                .setScale(0, RoundingMode.DOWN)
                .intValue();
    }

    static int clampScale(int rscale) {
        return Math.min(Math.max(rscale, 0), MAX_DISPLAY_SCALE);
    }

    /** select_div_scale: at least 16 significant digits, and no less than either input's scale. */
    static int divScale(BigDecimal a, BigDecimal b) {
        int qweight = weight(a) - weight(b);
        if (firstDigit(a) <= firstDigit(b)) {
            qweight--;
        }
        int rscale = MIN_SIG_DIGITS - qweight * DEC_DIGITS;
        rscale = Math.max(rscale, dscale(a));
        rscale = Math.max(rscale, dscale(b));
        return clampScale(rscale);
    }

    static PgException divisionByZero() {
        return new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    /** {@code a / b} as numeric_div. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw divisionByZero();
        }
        return a.divide(b, divScale(a, b), RoundingMode.HALF_UP);
    }

    /** {@code a % b} as numeric_mod: the remainder of truncated division, with the larger scale. */
    static BigDecimal mod(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw divisionByZero();
        }
        return a.remainder(b).setScale(Math.max(dscale(a), dscale(b)), RoundingMode.UNNECESSARY);
    }

    /** numeric_sqrt. */
    static BigDecimal sqrt(BigDecimal x) {
        if (x.signum() < 0) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "cannot take square root of a negative number");
        }
        int sweight = (weight(x) + 1) * DEC_DIGITS / 2 - 1;
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - sweight, dscale(x)));
        if (x.signum() == 0) {
            return BigDecimal.ZERO.setScale(rscale);
        }
        return x.sqrt(new MathContext(digitsBefore(x) / 2 + rscale + 10)).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static int digitsBefore(BigDecimal x) {
        return Math.max(x.precision() - x.scale(), 1);
    }

    /** numeric_exp. */
    static BigDecimal exp(BigDecimal x) {
        double val = x.doubleValue() * 0.434294481903252;
        val = Math.min(Math.max(val, -MAX_RESULT_SCALE), MAX_RESULT_SCALE);
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - (int) val, dscale(x)));
        if (val > MAX_RESULT_SCALE - 1) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        int digits = Math.max((int) val, 0) + rscale + 10;
        return BigMath.exp(x, new MathContext(digits)).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** numeric_ln; 2201E for zero and negative numbers. */
    static BigDecimal ln(BigDecimal x) {
        checkLogArgument(x);
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - lnDweight(x), dscale(x)));
        return BigMath.ln(x, new MathContext(rscale + 20)).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** numeric_log: the logarithm of {@code x} to base {@code base}. */
    static BigDecimal log(BigDecimal base, BigDecimal x) {
        checkLogArgument(base);
        checkLogArgument(x);
        if (base.compareTo(BigDecimal.ONE) == 0) {
            throw divisionByZero();
        }
        int resultDweight = lnDweight(x) - lnDweight(base);
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - resultDweight, dscale(base)), dscale(x)));
        MathContext mc = new MathContext(rscale + Math.max(resultDweight, 0) + 20);
        return BigMath.ln(x, mc).divide(BigMath.ln(base, mc), mc).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static void checkLogArgument(BigDecimal x) {
        if (x.signum() == 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (x.signum() < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        }
    }

    /** estimate_ln_dweight: the decimal weight of ln(x). */
    static int lnDweight(BigDecimal x) {
        if (x.signum() <= 0) {
            return 0;
        }
        if (x.compareTo(new BigDecimal("0.9")) >= 0 && x.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal d = x.subtract(BigDecimal.ONE);
            if (d.signum() == 0) {
                return 0;
            }
            return d.precision() - d.scale() - 1; // the decimal weight of x - 1
        }
        // the first two base-10000 digit groups, as PostgreSQL estimates it
        int w = weight(x);
        BigDecimal scaled = x.movePointLeft(DEC_DIGITS * w);
        int first = scaled.setScale(0, RoundingMode.DOWN).intValue();
        BigDecimal rest = scaled.subtract(BigDecimal.valueOf(first)).movePointRight(DEC_DIGITS);
        double digits = first;
        int dweight = w * DEC_DIGITS;
        if (rest.signum() != 0) { // more than one base-10000 digit group
            digits = first * 10000.0 + rest.setScale(0, RoundingMode.DOWN).intValue();
            dweight -= DEC_DIGITS;
        }
        double ln = Math.log(digits) + dweight * 2.302585092994046;
        return (int) Math.log10(Math.abs(ln));
    }

    /** numeric_power. */
    static BigDecimal power(BigDecimal base, BigDecimal exp) {
        if (base.signum() == 0 && exp.signum() < 0) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "zero raised to a negative power is undefined");
        }
        boolean integral = exp.signum() == 0 || exp.stripTrailingZeros().scale() <= 0;
        if (base.signum() < 0 && !integral) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (integral && exp.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            int e = exp.intValueExact();
            int rscale = clampScale(Math.max(MIN_SIG_DIGITS, dscale(base)));
            if (e == 0) {
                return BigDecimal.ONE.setScale(rscale);
            }
            if (base.signum() == 0) {
                return BigDecimal.ZERO.setScale(rscale);
            }
            // decimal digits of the result before the point, roughly: |e| log10|base|
            double digits = Math.abs((double) e)
                    * Math.log10(base.abs().doubleValue() == 0 ? 1 : base.abs().doubleValue());
            if (e > 0 ? digits > MAX_WEIGHT_DIGITS : -digits > MAX_WEIGHT_DIGITS) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            if (e > 0 ? -digits > MAX_RESULT_SCALE + rscale : digits > MAX_RESULT_SCALE + rscale) {
                return BigDecimal.ZERO.setScale(rscale);
            }
            MathContext mc = new MathContext((int) Math.abs(digits) + rscale + 20);
            BigDecimal p = base.pow(Math.abs(e), mc);
            if (e < 0) {
                return BigDecimal.ONE.divide(p, mc).setScale(rscale, RoundingMode.HALF_UP);
            }
            return p.setScale(rscale, RoundingMode.HALF_UP);
        }
        if (base.signum() == 0) {
            return BigDecimal.ZERO.setScale(clampScale(Math.max(MIN_SIG_DIGITS, Math.max(dscale(base), dscale(exp)))));
        }
        MathContext rough = new MathContext(20);
        double val = BigMath.ln(base, rough).multiply(exp, rough).doubleValue();
        if (Math.abs(val) > MAX_RESULT_SCALE * 3.01) {
            if (val > 0) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            return BigDecimal.ZERO.setScale(MAX_DISPLAY_SCALE);
        }
        val *= 0.434294481903252;
        int rscale = MIN_SIG_DIGITS - (int) val;
        rscale = clampScale(Math.max(Math.max(rscale, dscale(base)), dscale(exp)));
        MathContext mc = new MathContext(Math.max((int) val, 0) + rscale + 20);
        return BigMath.exp(BigMath.ln(base, mc).multiply(exp, mc), mc).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** numeric to int4 conversion with PostgreSQL's rounding and range error. */
    static int toInt(BigDecimal x) {
        BigDecimal r = x.setScale(0, RoundingMode.HALF_UP);
        if (r.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || r.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        return r.intValue();
    }

    /** A BigInteger as numeric. */
    static BigDecimal of(BigInteger v) {
        return new BigDecimal(v);
    }

    static BigDecimal nbase() {
        return NBASE;
    }
}

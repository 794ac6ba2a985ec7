package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * PostgreSQL's mathematical functions on integers, float8 and numeric, with its result types, numeric display
 * scales and errors (22003 out of range, 22012 division by zero, 2201E/2201F for logarithms and powers).
 */
public final class MathFunctions {
    private MathFunctions() {}

    /** {@code abs(int2) → int2}. */
    @PgFunction("abs")
    public static short abs(short v) {
        if (v == Short.MIN_VALUE) {
            throw Overflow.smallint();
        }
        return (short) Math.abs(v);
    }

    /** {@code abs(int4) → int4}. */
    @PgFunction("abs")
    public static int abs(int v) {
        if (v == Integer.MIN_VALUE) {
            throw Overflow.integer();
        }
        return Math.abs(v);
    }

    /** {@code abs(int8) → int8}. */
    @PgFunction("abs")
    public static long abs(long v) {
        if (v == Long.MIN_VALUE) {
            throw Overflow.bigint();
        }
        return Math.abs(v);
    }

    /** {@code abs(float4) → float4}. */
    @PgFunction("abs")
    public static float abs(float v) {
        return Math.abs(v);
    }

    /** {@code abs(float8) → float8}. */
    @PgFunction("abs")
    public static double abs(double v) {
        return Math.abs(v);
    }

    /** {@code abs(numeric) → numeric}. */
    @PgFunction("abs")
    public static BigDecimal abs(BigDecimal v) {
        return v.abs();
    }

    /** {@code sign(float8) → float8}: -1, 0 or 1. */
    @PgFunction("sign")
    public static double sign(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    /** {@code sign(numeric) → numeric}. */
    @PgFunction("sign")
    public static BigDecimal sign(BigDecimal v) {
        return BigDecimal.valueOf(v.signum());
    }

    /** {@code ceil(float8) → float8}. */
    @PgFunction("ceil")
    public static double ceil(double v) {
        return Math.ceil(v);
    }

    /** {@code ceil(numeric) → numeric}. */
    @PgFunction("ceil")
    public static BigDecimal ceil(BigDecimal v) {
        return v.setScale(0, RoundingMode.CEILING);
    }

    /** {@code ceiling(float8) → float8}. */
    @PgFunction("ceiling")
    public static double ceiling(double v) {
        return Math.ceil(v);
    }

    /** {@code ceiling(numeric) → numeric}. */
    @PgFunction("ceiling")
    public static BigDecimal ceiling(BigDecimal v) {
        return ceil(v);
    }

    /** {@code floor(float8) → float8}. */
    @PgFunction("floor")
    public static double floor(double v) {
        return Math.floor(v);
    }

    /** {@code floor(numeric) → numeric}. */
    @PgFunction("floor")
    public static BigDecimal floor(BigDecimal v) {
        return v.setScale(0, RoundingMode.FLOOR);
    }

    /** {@code round(float8) → float8}: to the nearest integer, ties to even (rint). */
    @PgFunction("round")
    public static double round(double v) {
        return Math.rint(v);
    }

    /** {@code round(numeric) → numeric}: ties away from zero. */
    @PgFunction("round")
    public static BigDecimal round(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_UP);
    }

    /** {@code round(numeric, int4) → numeric}: to {@code s} decimal places (tens, hundreds... when negative). */
    @PgFunction("round")
    public static BigDecimal round(BigDecimal v, int s) {
        int scale = Math.max(Math.min(s, Numerics.MAX_DISPLAY_SCALE), -Numerics.MAX_RESULT_SCALE);
        return Numerics.normalize(v.setScale(scale, RoundingMode.HALF_UP));
    }

    /** {@code trunc(float8) → float8}: towards zero. */
    @PgFunction("trunc")
    public static double trunc(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    /** {@code trunc(numeric) → numeric}. */
    @PgFunction("trunc")
    public static BigDecimal trunc(BigDecimal v) {
        return v.setScale(0, RoundingMode.DOWN);
    }

    /** {@code trunc(numeric, int4) → numeric}. */
    @PgFunction("trunc")
    public static BigDecimal trunc(BigDecimal v, int s) {
        int scale = Math.max(Math.min(s, Numerics.MAX_DISPLAY_SCALE), -Numerics.MAX_RESULT_SCALE);
        return Numerics.normalize(v.setScale(scale, RoundingMode.DOWN));
    }

    /** {@code mod(int2, int2) → int2}. */
    @PgFunction("mod")
    public static short mod(short a, short b) {
        if (b == 0) {
            throw Numerics.divisionByZero();
        }
        return (short) (a % b);
    }

    /** {@code mod(int4, int4) → int4}: the sign of the dividend. */
    @PgFunction("mod")
    public static int mod(int a, int b) {
        if (b == 0) {
            throw Numerics.divisionByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    /** {@code mod(int8, int8) → int8}. */
    @PgFunction("mod")
    public static long mod(long a, long b) {
        if (b == 0) {
            throw Numerics.divisionByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    /** {@code mod(numeric, numeric) → numeric}. */
    @PgFunction("mod")
    public static BigDecimal mod(BigDecimal a, BigDecimal b) {
        return Numerics.mod(a, b);
    }

    /** {@code div(numeric, numeric) → numeric}: the integer quotient, truncated towards zero. */
    @PgFunction("div")
    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw Numerics.divisionByZero();
        }
        return a.divideToIntegralValue(b).setScale(0, RoundingMode.DOWN);
    }

    /** {@code sqrt(float8) → float8}; 2201F for negative numbers. */
    @PgFunction("sqrt")
    public static double sqrt(double v) {
        if (v < 0) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "cannot take square root of a negative number");
        }
        return Math.sqrt(v);
    }

    /** {@code sqrt(numeric) → numeric}. */
    @PgFunction("sqrt")
    public static BigDecimal sqrt(BigDecimal v) {
        return Numerics.sqrt(v);
    }

    /** {@code cbrt(float8) → float8}. */
    @PgFunction("cbrt")
    public static double cbrt(double v) {
        return Math.cbrt(v);
    }

    /** {@code exp(float8) → float8}; 22003 on overflow or underflow. */
    @PgFunction("exp")
    public static double exp(double v) {
        return Floats.check(Math.exp(v), Double.isInfinite(v), v == Double.NEGATIVE_INFINITY);
    }

    /** {@code exp(numeric) → numeric}. */
    @PgFunction("exp")
    public static BigDecimal exp(BigDecimal v) {
        return Numerics.exp(v);
    }

    /** {@code ln(float8) → float8}; 2201E for zero and negative numbers. */
    @PgFunction("ln")
    public static double ln(double v) {
        Floats.checkLog(v);
        return Math.log(v);
    }

    /** {@code ln(numeric) → numeric}. */
    @PgFunction("ln")
    public static BigDecimal ln(BigDecimal v) {
        return Numerics.ln(v);
    }

    /** {@code log(float8) → float8}: base 10. */
    @PgFunction("log")
    public static double log(double v) {
        return log10(v);
    }

    /** {@code log(numeric) → numeric}: base 10. */
    @PgFunction("log")
    public static BigDecimal log(BigDecimal v) {
        return Numerics.log(BigDecimal.TEN, v);
    }

    /** {@code log(numeric, numeric) → numeric}: the logarithm of the second argument to the base of the first. */
    @PgFunction("log")
    public static BigDecimal log(BigDecimal base, BigDecimal v) {
        return Numerics.log(base, v);
    }

    /** {@code log10(float8) → float8}. */
    @PgFunction("log10")
    public static double log10(double v) {
        Floats.checkLog(v);
        return Math.log10(v);
    }

    /** {@code log10(numeric) → numeric}. */
    @PgFunction("log10")
    public static BigDecimal log10(BigDecimal v) {
        return Numerics.log(BigDecimal.TEN, v);
    }

    /** {@code power(float8, float8) → float8}. */
    @PgFunction("power")
    public static double power(double x, double y) {
        return Floats.power(x, y);
    }

    /** {@code power(numeric, numeric) → numeric}. */
    @PgFunction("power")
    public static BigDecimal power(BigDecimal x, BigDecimal y) {
        return Numerics.power(x, y);
    }

    /** {@code pow(float8, float8) → float8}. */
    @PgFunction("pow")
    public static double pow(double x, double y) {
        return Floats.power(x, y);
    }

    /** {@code pow(numeric, numeric) → numeric}. */
    @PgFunction("pow")
    public static BigDecimal pow(BigDecimal x, BigDecimal y) {
        return Numerics.power(x, y);
    }

    /** {@code pi() → float8}. */
    @PgFunction("pi")
    public static double pi() {
        return Math.PI;
    }

    /** {@code degrees(float8) → float8}. */
    @PgFunction("degrees")
    public static double degrees(double radians) {
        return Floats.check(radians * (180.0 / Math.PI), Double.isInfinite(radians), radians == 0);
    }

    /** {@code radians(float8) → float8}. */
    @PgFunction("radians")
    public static double radians(double degrees) {
        return Floats.check(degrees * (Math.PI / 180.0), Double.isInfinite(degrees), degrees == 0);
    }

    /** {@code scale(numeric) → int4}: the display scale. */
    @PgFunction("scale")
    public static int scale(BigDecimal v) {
        return Numerics.dscale(v);
    }

    /** {@code min_scale(numeric) → int4}: the smallest scale that represents the value exactly. */
    @PgFunction("min_scale")
    public static int minScale(BigDecimal v) {
        return v.signum() == 0 ? 0 : Math.max(v.stripTrailingZeros().scale(), 0);
    }

    /** {@code trim_scale(numeric) → numeric}: trailing fractional zeros removed. */
    @PgFunction("trim_scale")
    public static BigDecimal trimScale(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ZERO : Numerics.normalize(v.stripTrailingZeros());
    }

    /** {@code factorial(int8) → numeric}; 2201F for negative numbers. */
    @PgFunction("factorial")
    public static BigDecimal factorial(long n) {
        if (n < 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "factorial of a negative number is undefined");
        }
        if (n > 32177) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return new BigDecimal(r);
    }

    /** {@code gcd(int4, int4) → int4}. */
    @PgFunction("gcd")
    public static int gcd(int a, int b) {
        long g = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue();
        if (g > Integer.MAX_VALUE) {
            throw Overflow.integer();
        }
        return (int) g;
    }

    /** {@code gcd(int8, int8) → int8}. */
    @PgFunction("gcd")
    public static long gcd(long a, long b) {
        BigInteger g = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b));
        if (g.bitLength() > 63) {
            throw Overflow.bigint();
        }
        return g.longValue();
    }

    /** {@code gcd(numeric, numeric) → numeric}. */
    @PgFunction("gcd")
    public static BigDecimal gcd(BigDecimal a, BigDecimal b) {
        int scale = Math.max(Numerics.dscale(a), Numerics.dscale(b));
        BigInteger x = a.movePointRight(scale).toBigInteger();
        BigInteger y = b.movePointRight(scale).toBigInteger();
        return new BigDecimal(x.gcd(y)).movePointLeft(scale).setScale(scale);
    }

    /** {@code lcm(int4, int4) → int4}. */
    @PgFunction("lcm")
    public static int lcm(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        BigInteger l = lcm(BigInteger.valueOf(a), BigInteger.valueOf(b));
        if (l.bitLength() > 31) {
            throw Overflow.integer();
        }
        return l.intValue();
    }

    /** {@code lcm(int8, int8) → int8}. */
    @PgFunction("lcm")
    public static long lcm(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        BigInteger l = lcm(BigInteger.valueOf(a), BigInteger.valueOf(b));
        if (l.bitLength() > 63) {
            throw Overflow.bigint();
        }
        return l.longValue();
    }

    /** {@code lcm(numeric, numeric) → numeric}. */
    @PgFunction("lcm")
    public static BigDecimal lcm(BigDecimal a, BigDecimal b) {
        int scale = Math.max(Numerics.dscale(a), Numerics.dscale(b));
        BigInteger x = a.movePointRight(scale).toBigInteger();
        BigInteger y = b.movePointRight(scale).toBigInteger();
        if (x.signum() == 0 || y.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return new BigDecimal(lcm(x, y)).movePointLeft(scale).setScale(scale);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b).abs();
    }

    /** {@code greatest(VARIADIC anycompatible) → anycompatible}: the largest argument, NULLs ignored. */
    @PgFunction(value = "greatest", strict = false, variadic = true, args = "anycompatible", returns = "anycompatible")
    public static Object greatest(Object... values) {
        return extreme(values, 1);
    }

    /** {@code least(VARIADIC anycompatible) → anycompatible}: the smallest argument, NULLs ignored. */
    @PgFunction(value = "least", strict = false, variadic = true, args = "anycompatible", returns = "anycompatible")
    public static Object least(Object... values) {
        return extreme(values, -1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object extreme(Object[] values, int sign) {
        Object best = null;
        for (Object v : values) {
            if (v != null && (best == null || sign * ((Comparable) v).compareTo(best) > 0)) {
                best = v;
            }
        }
        return best;
    }

    /** {@code width_bucket(numeric, numeric, numeric, int4) → int4}: the bucket of an equi-width histogram. */
    @PgFunction("width_bucket")
    public static int widthBucket(BigDecimal operand, BigDecimal low, BigDecimal high, int count) {
        checkBuckets(count, low.compareTo(high) == 0);
        boolean ascending = low.compareTo(high) < 0;
        if (ascending ? operand.compareTo(low) < 0 : operand.compareTo(low) > 0) {
            return 0;
        }
        if (ascending ? operand.compareTo(high) >= 0 : operand.compareTo(high) <= 0) {
            return Math.addExact(count, 1);
        }
        BigDecimal offset = ascending ? operand.subtract(low) : low.subtract(operand);
        BigDecimal width = ascending ? high.subtract(low) : low.subtract(high);
        return offset.multiply(BigDecimal.valueOf(count))
                        .divide(width, 0, RoundingMode.FLOOR)
                        .intValueExact()
                + 1;
    }

    /** {@code width_bucket(float8, float8, float8, int4) → int4}. */
    @PgFunction("width_bucket")
    public static int widthBucket(double operand, double low, double high, int count) {
        checkBuckets(count, low == high);
        if (Double.isNaN(operand) || Double.isNaN(low) || Double.isNaN(high)) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION,
                    "operand, lower bound, and upper bound cannot be NaN");
        }
        if (Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION, "lower and upper bounds must be finite");
        }
        boolean ascending = low < high;
        if (ascending ? operand < low : operand > low) {
            return 0;
        }
        if (ascending ? operand >= high : operand <= high) {
            return Math.addExact(count, 1);
        }
        double fraction = ascending ? (operand - low) / (high - low) : (low - operand) / (low - high);
        return (int) Math.min((long) (fraction * count) + 1, count);
    }

    private static void checkBuckets(int count, boolean equalBounds) {
        if (count <= 0) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION, "count must be greater than zero");
        }
        if (equalBounds) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION, "lower bound cannot equal upper bound");
        }
    }

    /** {@code random() → float8}: uniformly in [0, 1); setseed() makes the sequence repeatable. */
    @PgFunction(value = "random", volatileResult = true)
    public static double random() {
        return Randoms.forSession().nextDouble();
    }

    /** {@code setseed(float8) → void}: seeds random() for the session; 22023 outside [-1, 1]. */
    @PgFunction(value = "setseed", volatileResult = true, returns = "void")
    public static String setseed(double seed) {
        if (seed < -1 || seed > 1 || Double.isNaN(seed)) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE,
                    "setseed parameter " + Floats.format(seed) + " is out of allowed range [-1,1]");
        }
        Randoms.seed(seed);
        return "";
    }

    /** {@code sin(float8) → float8}. */
    @PgFunction("sin")
    public static double sin(double v) {
        return Floats.trig(Math.sin(v), v);
    }

    /** {@code cos(float8) → float8}. */
    @PgFunction("cos")
    public static double cos(double v) {
        return Floats.trig(Math.cos(v), v);
    }

    /** {@code tan(float8) → float8}. */
    @PgFunction("tan")
    public static double tan(double v) {
        return Floats.trig(Math.tan(v), v);
    }

    /** {@code cot(float8) → float8}. */
    @PgFunction("cot")
    public static double cot(double v) {
        return Floats.trig(1.0 / Math.tan(v), v);
    }

    /** {@code asin(float8) → float8}; 22003 outside [-1, 1]. */
    @PgFunction("asin")
    public static double asin(double v) {
        return Math.asin(Floats.unitRange(v));
    }

    /** {@code acos(float8) → float8}; 22003 outside [-1, 1]. */
    @PgFunction("acos")
    public static double acos(double v) {
        return Math.acos(Floats.unitRange(v));
    }

    /** {@code atan(float8) → float8}. */
    @PgFunction("atan")
    public static double atan(double v) {
        return Math.atan(v);
    }

    /** {@code atan2(float8, float8) → float8}. */
    @PgFunction("atan2")
    public static double atan2(double y, double x) {
        return Math.atan2(y, x);
    }

    /** {@code sinh(float8) → float8}. */
    @PgFunction("sinh")
    public static double sinh(double v) {
        return Math.sinh(v);
    }

    /** {@code cosh(float8) → float8}. */
    @PgFunction("cosh")
    public static double cosh(double v) {
        return Math.cosh(v);
    }

    /** {@code tanh(float8) → float8}. */
    @PgFunction("tanh")
    public static double tanh(double v) {
        return Math.tanh(v);
    }
}

package dev.tusk.calcite.func;

import java.math.BigDecimal;

/**
 * PostgreSQL's arithmetic operators on the numeric types, with its errors: 22003 "integer out of range" (and
 * smallint, bigint) where Java would wrap, 22012 for division by zero, "value out of range: overflow" for float8,
 * and numeric division to the scale PostgreSQL chooses. {@link ArithmeticRewriter} puts them in place of Calcite's
 * + - * / % on these types; the named ones also serve {@code OPERATOR(pg_catalog.+)}.
 */
public final class ArithmeticOperators {
    private ArithmeticOperators() {}

    /** {@code int2 + int2 → int2}. */
    @PgFunction("+")
    public static short plus(short a, short b) {
        int r = a + b;
        if (r != (short) r) {
            throw Overflow.smallint();
        }
        return (short) r;
    }

    /** {@code int4 + int4 → int4}. */
    @PgFunction("+")
    public static int plus(int a, int b) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw Overflow.integer();
        }
        return r;
    }

    /** {@code int8 + int8 → int8}. */
    @PgFunction("+")
    public static long plus(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw Overflow.bigint();
        }
        return r;
    }

    /** {@code float4 + float4 → float4}. */
    @PgFunction("+")
    public static float plus(float a, float b) {
        return Floats.checkFloat4(a + b, a, b);
    }

    /** {@code float8 + float8 → float8}. */
    @PgFunction("+")
    public static double plus(double a, double b) {
        double r = a + b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Floats.overflow();
        }
        return r;
    }

    /** {@code numeric + numeric → numeric}. */
    @PgFunction("+")
    public static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }

    /** {@code int2 - int2 → int2}. */
    @PgFunction("-")
    public static short minus(short a, short b) {
        int r = a - b;
        if (r != (short) r) {
            throw Overflow.smallint();
        }
        return (short) r;
    }

    /** {@code int4 - int4 → int4}. */
    @PgFunction("-")
    public static int minus(int a, int b) {
        int r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw Overflow.integer();
        }
        return r;
    }

    /** {@code int8 - int8 → int8}. */
    @PgFunction("-")
    public static long minus(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw Overflow.bigint();
        }
        return r;
    }

    /** {@code float4 - float4 → float4}. */
    @PgFunction("-")
    public static float minus(float a, float b) {
        return Floats.checkFloat4(a - b, a, b);
    }

    /** {@code float8 - float8 → float8}. */
    @PgFunction("-")
    public static double minus(double a, double b) {
        double r = a - b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Floats.overflow();
        }
        return r;
    }

    /** {@code numeric - numeric → numeric}. */
    @PgFunction("-")
    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a.subtract(b);
    }

    /** {@code int2 * int2 → int2}. */
    @PgFunction("*")
    public static short times(short a, short b) {
        int r = a * b;
        if (r != (short) r) {
            throw Overflow.smallint();
        }
        return (short) r;
    }

    /** {@code int4 * int4 → int4}. */
    @PgFunction("*")
    public static int times(int a, int b) {
        long r = (long) a * b;
        if (r != (int) r) {
            throw Overflow.integer();
        }
        return (int) r;
    }

    /** {@code int8 * int8 → int8}. */
    @PgFunction("*")
    public static long times(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long r = a * b;
        if ((hi != 0 || r < 0) && (hi != -1 || r >= 0)) {
            throw Overflow.bigint();
        }
        return r;
    }

    /** {@code float4 * float4 → float4}. */
    @PgFunction("*")
    public static float times(float a, float b) {
        float r = a * b;
        Floats.checkFloat4(r, a, b);
        if (r == 0.0f && a != 0.0f && b != 0.0f) {
            throw Floats.underflow();
        }
        return r;
    }

    /** {@code float8 * float8 → float8}. */
    @PgFunction("*")
    public static double times(double a, double b) {
        double r = a * b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Floats.overflow();
        }
        if (r == 0.0 && a != 0.0 && b != 0.0) {
            throw Floats.underflow();
        }
        return r;
    }

    /** {@code numeric * numeric → numeric}. */
    @PgFunction("*")
    public static BigDecimal times(BigDecimal a, BigDecimal b) {
        return Numerics.normalize(a.multiply(b));
    }

    /** {@code int2 / int2 → int2}: truncated towards zero. */
    @PgFunction("/")
    public static short divide(short a, short b) {
        if (b == 0) {
            throw Numerics.divisionByZero();
        }
        int r = a / b;
        if (r != (short) r) {
            throw Overflow.smallint();
        }
        return (short) r;
    }

    /** {@code int4 / int4 → int4}: truncated towards zero. */
    @PgFunction("/")
    public static int divide(int a, int b) {
        if (b == 0) {
            throw Numerics.divisionByZero();
        }
        if (b == -1 && a == Integer.MIN_VALUE) {
            throw Overflow.integer();
        }
        return a / b;
    }

    /** {@code int8 / int8 → int8}. */
    @PgFunction("/")
    public static long divide(long a, long b) {
        if (b == 0) {
            throw Numerics.divisionByZero();
        }
        if (b == -1 && a == Long.MIN_VALUE) {
            throw Overflow.bigint();
        }
        return a / b;
    }

    /** {@code float4 / float4 → float4}. */
    @PgFunction("/")
    public static float divide(float a, float b) {
        if (b == 0.0f) {
            throw Numerics.divisionByZero();
        }
        float r = a / b;
        Floats.checkFloat4(r, a, b);
        if (r == 0.0f && a != 0.0f && !Float.isInfinite(b)) {
            throw Floats.underflow();
        }
        return r;
    }

    /** {@code float8 / float8 → float8}. */
    @PgFunction("/")
    public static double divide(double a, double b) {
        if (b == 0.0) {
            throw Numerics.divisionByZero();
        }
        double r = a / b;
        if (Double.isInfinite(r) && !Double.isInfinite(a)) {
            throw Floats.overflow();
        }
        if (r == 0.0 && a != 0.0 && !Double.isInfinite(b)) {
            throw Floats.underflow();
        }
        return r;
    }

    /** {@code numeric / numeric → numeric}: at least 16 significant digits, as select_div_scale chooses. */
    @PgFunction("/")
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return Numerics.divide(a, b);
    }

    /** {@code int2 % int2 → int2}. */
    @PgFunction("%")
    public static short mod(short a, short b) {
        return MathFunctions.mod(a, b);
    }

    /** {@code int4 % int4 → int4}. */
    @PgFunction("%")
    public static int mod(int a, int b) {
        return MathFunctions.mod(a, b);
    }

    /** {@code int8 % int8 → int8}. */
    @PgFunction("%")
    public static long mod(long a, long b) {
        return MathFunctions.mod(a, b);
    }

    /** {@code numeric % numeric → numeric}. */
    @PgFunction("%")
    public static BigDecimal mod(BigDecimal a, BigDecimal b) {
        return Numerics.mod(a, b);
    }

    /** {@code - int2 → int2}. */
    @PgFunction("-")
    public static short negate(short a) {
        if (a == Short.MIN_VALUE) {
            throw Overflow.smallint();
        }
        return (short) -a;
    }

    /** {@code - int4 → int4}. */
    @PgFunction("-")
    public static int negate(int a) {
        if (a == Integer.MIN_VALUE) {
            throw Overflow.integer();
        }
        return -a;
    }

    /** {@code - int8 → int8}. */
    @PgFunction("-")
    public static long negate(long a) {
        if (a == Long.MIN_VALUE) {
            throw Overflow.bigint();
        }
        return -a;
    }

    /** {@code - float4 → float4}. */
    @PgFunction("-")
    public static float negate(float a) {
        return -a;
    }

    /** {@code - float8 → float8}. */
    @PgFunction("-")
    public static double negate(double a) {
        return -a;
    }

    /** {@code - numeric → numeric}. */
    @PgFunction("-")
    public static BigDecimal negate(BigDecimal a) {
        return a.negate();
    }

    /** {@code float8 ^ float8 → float8}. */
    @PgFunction("^")
    public static double power(double a, double b) {
        return Floats.power(a, b);
    }

    /** {@code numeric ^ numeric → numeric}. */
    @PgFunction("^")
    public static BigDecimal power(BigDecimal a, BigDecimal b) {
        return Numerics.power(a, b);
    }

    /** {@code int2 & int2 → int2}. */
    @PgFunction("&")
    public static short bitAnd(short a, short b) {
        return (short) (a & b);
    }

    /** {@code int4 & int4 → int4}. */
    @PgFunction("&")
    public static int bitAnd(int a, int b) {
        return a & b;
    }

    /** {@code int8 & int8 → int8}. */
    @PgFunction("&")
    public static long bitAnd(long a, long b) {
        return a & b;
    }

    /** {@code int2 | int2 → int2}. */
    @PgFunction("|")
    public static short bitOr(short a, short b) {
        return (short) (a | b);
    }

    /** {@code int4 | int4 → int4}. */
    @PgFunction("|")
    public static int bitOr(int a, int b) {
        return a | b;
    }

    /** {@code int8 | int8 → int8}. */
    @PgFunction("|")
    public static long bitOr(long a, long b) {
        return a | b;
    }

    /** {@code int2 # int2 → int2}: exclusive or. */
    @PgFunction("#")
    public static short bitXor(short a, short b) {
        return (short) (a ^ b);
    }

    /** {@code int4 # int4 → int4}. */
    @PgFunction("#")
    public static int bitXor(int a, int b) {
        return a ^ b;
    }

    /** {@code int8 # int8 → int8}. */
    @PgFunction("#")
    public static long bitXor(long a, long b) {
        return a ^ b;
    }

    /** {@code int2 << int4 → int2}: as C shifts a 32-bit int, then truncated. */
    @PgFunction("<<")
    public static short shiftLeft(short a, int n) {
        return (short) (a << n);
    }

    /** {@code int4 << int4 → int4}. */
    @PgFunction("<<")
    public static int shiftLeft(int a, int n) {
        return a << n;
    }

    /** {@code int8 << int4 → int8}. */
    @PgFunction("<<")
    public static long shiftLeft(long a, int n) {
        return a << n;
    }

    /** {@code int2 >> int4 → int2}: arithmetic shift. */
    @PgFunction(">>")
    public static short shiftRight(short a, int n) {
        return (short) (a >> n);
    }

    /** {@code int4 >> int4 → int4}. */
    @PgFunction(">>")
    public static int shiftRight(int a, int n) {
        return a >> n;
    }

    /** {@code int8 >> int4 → int8}. */
    @PgFunction(">>")
    public static long shiftRight(long a, int n) {
        return a >> n;
    }
    /** {@code float4 + float8 → float8}. */
    @PgFunction("+")
    public static double plus(float a, double b) {
        return plus((double) a, b);
    }

    /** {@code float8 + float4 → float8}. */
    @PgFunction("+")
    public static double plus(double a, float b) {
        return plus(a, (double) b);
    }

    /** {@code float4 - float8 → float8}. */
    @PgFunction("-")
    public static double minus(float a, double b) {
        return minus((double) a, b);
    }

    /** {@code float8 - float4 → float8}. */
    @PgFunction("-")
    public static double minus(double a, float b) {
        return minus(a, (double) b);
    }

    /** {@code float4 * float8 → float8}. */
    @PgFunction("*")
    public static double times(float a, double b) {
        return times((double) a, b);
    }

    /** {@code float8 * float4 → float8}. */
    @PgFunction("*")
    public static double times(double a, float b) {
        return times(a, (double) b);
    }

    /** {@code float4 / float8 → float8}. */
    @PgFunction("/")
    public static double divide(float a, double b) {
        return divide((double) a, b);
    }

    /** {@code float8 / float4 → float8}. */
    @PgFunction("/")
    public static double divide(double a, float b) {
        return divide(a, (double) b);
    }
}

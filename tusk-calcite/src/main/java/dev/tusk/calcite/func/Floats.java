package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.math.MathContext;

/** float8 checks as PostgreSQL's float.c makes them: overflow and underflow, logarithm and trigonometric domains. */
final class Floats {
    private Floats() {}

    static PgException overflow() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    static PgException underflow() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    /** {@code result}, or 22003 when it overflowed (or underflowed to zero) from finite inputs. */
    static double check(double result, boolean inputInfinite, boolean zeroAllowed) {
        if (Double.isInfinite(result) && !inputInfinite) {
            throw overflow();
        }
        if (result == 0.0 && !zeroAllowed && !inputInfinite) {
            throw underflow();
        }
        return result;
    }

    /** A float4 result, or 22003 when it overflowed from finite operands. */
    static float checkFloat4(float r, float a, float b) {
        if (Float.isInfinite(r) && !Float.isInfinite(a) && !Float.isInfinite(b)) {
            throw overflow();
        }
        return r;
    }

    static void checkLog(double v) {
        if (v == 0.0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (v < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        }
    }

    static double trig(double result, double input) {
        if (Double.isInfinite(input)) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        return result;
    }

    static double unitRange(double v) {
        if (v < -1.0 || v > 1.0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        return v;
    }

    /** dpow: POSIX's NaN and infinity rules, PostgreSQL's errors for 0^negative and negative^fraction. */
    static double power(double x, double y) {
        if (Double.isNaN(x)) {
            return Double.isNaN(y) || y != 0.0 ? Double.NaN : 1.0;
        }
        if (Double.isNaN(y)) {
            return x != 1.0 ? Double.NaN : 1.0;
        }
        if (x == 0 && y < 0) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "zero raised to a negative power is undefined");
        }
        if (x < 0 && Math.floor(y) != y) {
            throw new PgException(
                    SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        double r = Math.pow(x, y);
        if (!Double.isInfinite(x) && !Double.isInfinite(y)) {
            if (Double.isInfinite(r)) {
                throw overflow();
            }
            if (r == 0.0 && x != 0.0) {
                throw underflow();
            }
        }
        return r;
    }

    /** C's {@code %g}: six significant digits, trailing zeros removed. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6));
        int exp = d.precision() - d.scale() - 1;
        if (exp < -4 || exp >= 6) {
            BigDecimal mantissa = d.movePointLeft(exp).stripTrailingZeros();
            String m = mantissa.scale() < 0 ? mantissa.setScale(0).toPlainString() : mantissa.toPlainString();
            return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}

package dev.tusk.calcite.exec;

import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PostgreSQL's casts from numeric and floating point to the integer types: numeric rounds half away from zero,
 * float4/float8 round half to even (rint), and a result outside the type is 22003.
 */
final class IntegerCasts {
    /** Returned when the conversion is not one of these casts. */
    static final Object NOT_APPLICABLE = new Object();

    private IntegerCasts() {}

    /** Whether a cast from {@code from} to {@code to} is one of these. */
    static boolean applies(PgTypeRef from, PgTypeRef to) {
        String f = from.type().typname();
        String t = to.type().typname();
        return (t.equals("int2") || t.equals("int4") || t.equals("int8"))
                && (f.equals("numeric") || f.equals("float4") || f.equals("float8"));
    }

    /** {@code v} of type {@code from} cast to {@code to}, or {@link #NOT_APPLICABLE}. */
    static Object round(Object v, PgTypeRef from, PgTypeRef to) {
        String f = from.type().typname();
        String t = to.type().typname();
        if (!t.equals("int2") && !t.equals("int4") && !t.equals("int8")) {
            return NOT_APPLICABLE;
        }
        if (v == null) {
            return f.equals("numeric") || f.equals("float4") || f.equals("float8") ? null : NOT_APPLICABLE;
        }
        BigDecimal whole;
        if (f.equals("numeric") && v instanceof BigDecimal d) {
            whole = d.setScale(0, RoundingMode.HALF_UP);
        } else if ((f.equals("float4") || f.equals("float8")) && v instanceof Number n) {
            double x = n.doubleValue();
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                throw outOfRange(t);
            }
            whole = new BigDecimal(Math.rint(x));
        } else {
            return NOT_APPLICABLE;
        }
        long min = t.equals("int2") ? Short.MIN_VALUE : t.equals("int4") ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = t.equals("int2") ? Short.MAX_VALUE : t.equals("int4") ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw outOfRange(t);
        }
        long r = whole.longValue();
        return switch (t) {
            case "int2" -> (short) r;
            case "int4" -> (int) r;
            default -> r;
        };
    }

    private static PgException outOfRange(String t) {
        return new PgException(
                SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                (t.equals("int2") ? "smallint" : t.equals("int4") ? "integer" : "bigint") + " out of range");
    }
}

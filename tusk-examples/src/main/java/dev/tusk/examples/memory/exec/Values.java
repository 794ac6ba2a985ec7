package dev.tusk.examples.memory.exec;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;
import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Conversions between Java values of PostgreSQL types (casts and assignment coercions, with PostgreSQL's
 * errors), comparison, and the equality keys used for primary keys.
 */
public final class Values {

    private Values() {}

    /** A tusk-types error as the {@link PgException} the server reports. */
    public static PgException error(PgTypeException e) {
        return PgException.builder(e.sqlState(), e.getMessage())
                .detail(e.detail())
                .cause(e)
                .build();
    }

    /**
     * Converts a value of type {@code from} to type {@code to} with modifier {@code typmod} (-1 for none),
     * as an explicit cast does. Strings go through the target type's input function, anything goes to
     * text through its output function, numbers convert with PostgreSQL's rounding and range checks.
     */
    public static Object cast(Object value, PgType from, PgType to, int typmod, FormatSettings settings) {
        if (value == null) {
            return null;
        }
        try {
            Object v = convert(value, from, to, settings);
            return typmod >= 0 ? applyTypmod(v, to, typmod) : v;
        } catch (PgTypeException e) {
            throw error(e);
        }
    }

    private static Object convert(Object value, PgType from, PgType to, FormatSettings settings) {
        if (from.oid() == to.oid() && !Types.isUnknown(to)) {
            return to.codec().coerce(value);
        }
        if (Types.isString(to)) {
            return text(value, from, settings);
        }
        if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            return to.codec().decodeText(bytes, 0, bytes.length, settings);
        }
        int toRank = Types.numericRank(to);
        if (toRank >= 0 && value instanceof Number n) {
            return number(n, to);
        }
        if (to.oid() == BuiltinTypes.BOOL.oid() && value instanceof Integer i) {
            return i != 0;
        }
        if (to.oid() == BuiltinTypes.INT4.oid() && value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new PgException(
                SqlState.CANNOT_COERCE, "cannot cast type " + from.formatType() + " to " + to.formatType());
    }

    /** The text form of a value, as {@code value::text} gives it. */
    public static String text(Object value, PgType from, FormatSettings settings) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        ByteArraySink sink = new ByteArraySink();
        from.encodeText(value, settings, sink);
        return new String(sink.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Converts a number to a numeric type with PostgreSQL's rounding and out-of-range errors. */
    static Object number(Number n, PgType to) {
        int oid = to.oid();
        if (oid == BuiltinTypes.FLOAT8.oid()) {
            return n.doubleValue();
        }
        if (oid == BuiltinTypes.FLOAT4.oid()) {
            float f = n.floatValue();
            if (Float.isInfinite(f) && !Double.isInfinite(n.doubleValue())) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
            }
            return f;
        }
        if (oid == BuiltinTypes.NUMERIC.oid()) {
            if (n instanceof Double || n instanceof Float) {
                double d = n.doubleValue();
                return Double.isNaN(d) || Double.isInfinite(d) ? d : new BigDecimal(Double.toString(d));
            }
            return decimal(n);
        }
        BigInteger whole;
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw outOfRange(to);
            }
            whole = new BigDecimal(Math.rint(d)).toBigInteger();
        } else if (n instanceof BigDecimal bd) {
            whole = bd.setScale(0, RoundingMode.HALF_UP).toBigInteger();
        } else if (n instanceof BigInteger bi) {
            whole = bi;
        } else {
            whole = BigInteger.valueOf(n.longValue());
        }
        if (oid == BuiltinTypes.INT2.oid()) {
            if (whole.bitLength() > 15) {
                throw outOfRange(to);
            }
            return whole.shortValue();
        }
        if (oid == BuiltinTypes.INT4.oid()) {
            if (whole.bitLength() > 31) {
                throw outOfRange(to);
            }
            return whole.intValue();
        }
        if (whole.bitLength() > 63) {
            throw outOfRange(to);
        }
        return whole.longValue();
    }

    /** 22003 as PostgreSQL words it for integer types. */
    static PgException outOfRange(PgType t) {
        String name = t.oid() == BuiltinTypes.INT2.oid()
                ? "smallint"
                : t.oid() == BuiltinTypes.INT4.oid()
                        ? "integer"
                        : t.oid() == BuiltinTypes.INT8.oid() ? "bigint" : t.formatType();
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, name + " out of range");
    }

    /** Any exact number as a BigDecimal. */
    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal bd) {
            return bd;
        }
        if (n instanceof BigInteger bi) {
            return new BigDecimal(bi);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(Double.toString(n.doubleValue()));
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static Object applyTypmod(Object v, PgType to, int typmod) {
        int oid = to.oid();
        if ((oid == BuiltinTypes.VARCHAR.oid() || oid == BuiltinTypes.BPCHAR.oid()) && v instanceof String s) {
            int max = typmod - 4;
            int len = s.codePointCount(0, s.length());
            if (len > max) {
                String trimmed = s.stripTrailing();
                if (trimmed.codePointCount(0, trimmed.length()) <= max) {
                    s = trimmed;
                } else {
                    throw new PgException(
                            SqlState.STRING_DATA_RIGHT_TRUNCATION, "value too long for type " + to.formatType(typmod));
                }
            }
            if (oid == BuiltinTypes.BPCHAR.oid()) {
                int pad = max - s.codePointCount(0, s.length());
                return pad > 0 ? s + " ".repeat(pad) : s;
            }
            return s;
        }
        if (oid == BuiltinTypes.NUMERIC.oid() && v instanceof BigDecimal bd) {
            int precision = ((typmod - 4) >> 16) & 0xffff;
            int scale = (typmod - 4) & 0xffff;
            BigDecimal r = bd.setScale(scale, RoundingMode.HALF_UP);
            if (r.precision() - r.scale() > precision - scale && r.signum() != 0) {
                throw PgException.builder(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                        .detail("A field with precision " + precision + ", scale " + scale
                                + " must round to an absolute value less than 10^" + (precision - scale) + ".")
                        .build();
            }
            return r;
        }
        return v;
    }

    /** Compares two non-null values of comparable types (numbers across types, strings by code point). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float) {
                return Double.compare(x.doubleValue(), y.doubleValue());
            }
            if (x instanceof BigDecimal || y instanceof BigDecimal) {
                return decimal(x).compareTo(decimal(y));
            }
            return Long.compare(x.longValue(), y.longValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        throw new PgException(
                SqlState.DATATYPE_MISMATCH,
                "cannot compare " + a.getClass().getSimpleName() + " with "
                        + b.getClass().getSimpleName());
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    /** A value normalised for equality in keys: numbers by value, byte arrays by content. */
    public static Object key(Object v) {
        if (v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigDecimal bd) {
            return bd.signum() == 0 ? BigDecimal.ZERO : bd.stripTrailingZeros();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof byte[] b) {
            return ByteBuffer.wrap(b.clone());
        }
        return v;
    }
}

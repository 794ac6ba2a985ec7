package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.linq4j.function.Strict;

/**
 * PostgreSQL's casts between text, the numeric types and boolean, run in generated code: text is read by the target
 * type's input function ({@code '  42 '::int} is 42, {@code '1.5'::int} fails with 22P02), numeric rounds half away
 * from zero and float rounds half to even on the way to an integer (22003 when out of range), and numbers become
 * text through their output function. Strict (NULL gives NULL), which also keeps the operand's evaluation in the
 * order PostgreSQL evaluates a target list: Calcite would otherwise inline a volatile operand after later columns.
 */
public final class Casts {
    private static final BigDecimal INT2_MIN = BigDecimal.valueOf(Short.MIN_VALUE);
    private static final BigDecimal INT2_MAX = BigDecimal.valueOf(Short.MAX_VALUE);
    private static final BigDecimal INT4_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT4_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT8_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT8_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private static final org.apache.calcite.rel.type.RelDataTypeFactory TYPES =
            new dev.tusk.calcite.type.PgJavaTypeFactory();

    private Casts() {}

    /** A value as smallint. */
    @Strict
    public static Short toInt2(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return ((Number) input(s, BuiltinTypes.INT2)).shortValue();
        }
        return (short) integral(v, INT2_MIN, INT2_MAX, "smallint");
    }

    /** A value as integer. */
    @Strict
    public static Integer toInt4(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return ((Number) input(s, BuiltinTypes.INT4)).intValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return (int) integral(v, INT4_MIN, INT4_MAX, "integer");
    }

    /** A value as bigint. */
    @Strict
    public static Long toInt8(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return ((Number) input(s, BuiltinTypes.INT8)).longValue();
        }
        return integral(v, INT8_MIN, INT8_MAX, "bigint");
    }

    /** A value as real. */
    @Strict
    public static Float toFloat4(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return ((Number) input(s, BuiltinTypes.FLOAT4)).floatValue();
        }
        if (v instanceof BigDecimal d) {
            return (Float) input(d.toString(), BuiltinTypes.FLOAT4);
        }
        double d = ((Number) v).doubleValue();
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        if (f == 0.0f && d != 0.0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        return f;
    }

    /** A value as double precision. */
    @Strict
    public static Double toFloat8(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return ((Number) input(s, BuiltinTypes.FLOAT8)).doubleValue();
        }
        if (v instanceof Float f) {
            return (double) f;
        }
        if (v instanceof BigDecimal d) {
            return (Double) input(d.toString(), BuiltinTypes.FLOAT8);
        }
        return ((Number) v).doubleValue();
    }

    /** A value as boolean: text by boolean's input function, an integer is true unless 0. */
    @Strict
    public static Boolean toBool(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return (Boolean) input(s, BuiltinTypes.BOOL);
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return ((Number) v).longValue() != 0;
    }

    /** A value as numeric with type modifier {@code typmod} (-1: unconstrained, the value's digits kept). */
    @Strict
    public static BigDecimal toNumeric(Object v, int typmod) {
        if (v == null) {
            return null;
        }
        BigDecimal d = NumericCast.toNumeric(v);
        if (typmod < 0) {
            return d;
        }
        return (BigDecimal) BuiltinTypes.NUMERIC.applyTypmod(d, typmod, true);
    }

    /** A number or boolean as text, written by the output function of the type with OID {@code oid}. */
    @Strict
    public static String toText(Object v, int oid) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false"; // the cast (booltext) spells it out, unlike boolean's output function
        }
        PgType type = dev.tusk.types.TypeRegistry.builtins().byOid(oid).orElseThrow();
        ByteArraySink sink = new ByteArraySink(16);
        type.encodeText(v, settings(), sink);
        return new String(sink.buffer(), 0, sink.size(), StandardCharsets.UTF_8);
    }

    /**
     * Text as a type held as text (jsonb, json, inet, bit, ...): read by the type's input function, given the
     * typmod of an explicit cast ({@code bit(3)}), and written back as the type prints it, so that
     * {@code '{"a":1}'::jsonb} is {@code {"a": 1}} and malformed input fails as in PostgreSQL.
     */
    @Strict
    public static String toTextHeld(Object v, int oid, int typmod) {
        PgType type = dev.tusk.types.TypeRegistry.builtins().byOid(oid).orElseThrow();
        byte[] text = v.toString().getBytes(StandardCharsets.UTF_8);
        Object value = type.codec().decodeText(text, settings());
        if (typmod >= 0) {
            value = type.applyTypmod(value, typmod, true);
        }
        ByteArraySink sink = new ByteArraySink(text.length + 8);
        type.encodeText(value, settings(), sink);
        return new String(sink.buffer(), 0, sink.size(), StandardCharsets.UTF_8);
    }

    /** Text as uuid, by uuid's input function. */
    @Strict
    public static java.util.UUID toUuid(Object v) {
        return (java.util.UUID) Coercions.input(v.toString(), BuiltinTypes.UUID.oid());
    }

    /** Text as bytea, by bytea's input function (hex or escape format). */
    @Strict
    public static org.apache.calcite.avatica.util.ByteString toBytea(Object v) {
        return (org.apache.calcite.avatica.util.ByteString) Coercions.input(v.toString(), BuiltinTypes.BYTEA.oid());
    }

    /** Text as an array of the array type with this OID, by array input ({@code '{1,2,NULL}'::int[]}). */
    @Strict
    public static java.util.List<?> toArray(Object v, int oid) {
        if (v == null) {
            return null;
        }
        PgType type = dev.tusk.types.TypeRegistry.builtins().byOid(oid).orElseThrow();
        dev.tusk.types.PgArray a = (dev.tusk.types.PgArray) input(v.toString(), type);
        return dev.tusk.calcite.type.CalciteValues.nestedArray(
                a, dev.tusk.calcite.type.CalciteTypes.toRelDataType(dev.tusk.calcite.type.PgTypeRef.of(type), TYPES));
    }

    /**
     * An array's elements cast one by one to the scalar type with OID {@code elementOid} (NULL elements stay
     * NULL), as PostgreSQL's array coercion applies the element cast.
     */
    @Strict
    public static java.util.List<Object> toArrayOf(java.util.List<?> v, int sourceElementOid, int elementOid) {
        if (v == null) {
            return null;
        }
        String target = dev.tusk.types.TypeRegistry.builtins()
                .byOid(elementOid)
                .orElseThrow()
                .typname();
        java.util.List<Object> out = new java.util.ArrayList<>(v.size());
        for (Object e : v) {
            out.add(
                    e == null
                            ? null
                            : e instanceof java.util.List<?> inner
                                    ? toArrayOf(inner, sourceElementOid, elementOid)
                                    : element(e, sourceElementOid, target));
        }
        return out;
    }

    private static Object element(Object e, int sourceOid, String target) {
        return switch (target) {
            case "int2" -> toInt2(e);
            case "int4" -> toInt4(e);
            case "int8" -> toInt8(e);
            case "float4" -> toFloat4(e);
            case "float8" -> toFloat8(e);
            case "numeric" -> toNumeric(e, -1);
            case "bool" -> toBool(e);
            default -> e instanceof String ? e : toText(e, sourceOid); // text
        };
    }

    /** A bpchar value as text or varchar: trailing spaces removed. */
    @Strict
    public static String rtrim(String v) {
        return v == null ? null : Text.stripTrailingSpaces(v);
    }

    private static long integral(Object v, BigDecimal min, BigDecimal max, String name) {
        if (v instanceof BigDecimal d) {
            BigDecimal r = d.setScale(0, RoundingMode.HALF_UP);
            if (r.compareTo(min) < 0 || r.compareTo(max) > 0) {
                throw outOfRange(name);
            }
            return r.longValueExact();
        }
        if (v instanceof Double || v instanceof Float) {
            double r = Math.rint(((Number) v).doubleValue());
            if (Double.isNaN(r) || r < min.doubleValue() || r >= -min.doubleValue()) {
                throw outOfRange(name);
            }
            return (long) r;
        }
        long l = ((Number) v).longValue();
        if (l < min.longValue() || l > max.longValue()) {
            throw outOfRange(name);
        }
        return l;
    }

    private static PgException outOfRange(String name) {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, name + " out of range");
    }

    private static Object input(String text, PgType type) {
        return type.codec().decodeText(text.getBytes(StandardCharsets.UTF_8), settings());
    }

    private static FormatSettings settings() {
        QueryContext c = QueryContext.currentOrNull();
        return c == null ? FormatSettings.DEFAULT : c.session().formatSettings();
    }
}

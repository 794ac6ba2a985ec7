package dev.tusk.calcite.func;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * How an argument reaches a parameter of another type. PostgreSQL reads an untyped literal with the parameter
 * type's input function; the numeric types widen in Java (so {@code 2} passed as numeric has scale 0, as in
 * PostgreSQL); bpchar loses its trailing spaces on the way to text; anything else is a cast in the query.
 */
public final class Coercions {
    private static final RelDataTypeFactory TYPES = new dev.tusk.calcite.type.PgJavaTypeFactory();
    private static final Set<String> STRINGS = Set.of("text", "varchar", "bpchar", "name", "unknown");
    private static final Set<String> NUMBERS = Set.of("int2", "int4", "int8", "float4", "float8", "numeric");

    private Coercions() {}

    /** How one argument is converted. */
    public enum Kind {
        /** Passed as it is. */
        NONE,
        /** An untyped literal read by the parameter type's input function at run time. */
        INPUT,
        /** A Java widening between numeric types. */
        WIDEN,
        /** bpchar to text: trailing spaces removed. */
        RTRIM,
        /** An array of a numeric type to one of a wider numeric type, element by element. */
        WIDEN_ARRAY,
        /** A cast in the query. */
        CAST
    }

    /** The conversion from {@code actual} to {@code target}. */
    public static Kind of(PgType actual, PgType target, boolean anyParameter) {
        if (anyParameter || actual.oid() == target.oid()) {
            return Kind.NONE;
        }
        String a = actual.typname();
        String t = target.typname();
        if (actual.oid() == BuiltinTypes.UNKNOWN.oid()) {
            return STRINGS.contains(t) ? Kind.NONE : Kind.INPUT;
        }
        if (NUMBERS.contains(a) && NUMBERS.contains(t)) {
            return Kind.WIDEN;
        }
        if (actual.isArray()
                && target.isArray()
                && NUMBERS.contains(actual.elementType().typname())
                && NUMBERS.contains(target.elementType().typname())) {
            return Kind.WIDEN_ARRAY;
        }
        if (a.equals("bpchar") && (t.equals("text") || t.equals("varchar"))) {
            return Kind.RTRIM;
        }
        if (STRINGS.contains(a) && STRINGS.contains(t)) {
            return Kind.NONE;
        }
        return Kind.CAST;
    }

    /** An untyped literal's text read as a value of the type with this OID, in Calcite's runtime representation. */
    public static Object input(String text, int oid) {
        if (text == null) {
            return null;
        }
        PgType type = TypeRegistry.builtins().byOid(oid).orElseThrow();
        QueryContext c = QueryContext.currentOrNull();
        FormatSettings settings =
                c == null ? FormatSettings.DEFAULT : c.session().formatSettings();
        Object v = type.codec().decodeText(text.getBytes(StandardCharsets.UTF_8), settings);
        return CalciteValues.toCalcite(v, CalciteTypes.toRelDataType(PgTypeRef.of(type), TYPES));
    }

    /** An integer as numeric (scale 0); null stays null. */
    public static java.math.BigDecimal numeric(Long v) {
        return v == null ? null : java.math.BigDecimal.valueOf(v);
    }

    /** An integer as numeric (scale 0). */
    public static java.math.BigDecimal numeric(long v) {
        return java.math.BigDecimal.valueOf(v);
    }

    /** An array of numbers with each element widened to the numeric type with this OID. */
    public static java.util.List<Object> widenArray(java.util.List<?> list, int elementOid) {
        if (list == null) {
            return null;
        }
        String t = TypeRegistry.builtins().byOid(elementOid).orElseThrow().typname();
        java.util.List<Object> out = new java.util.ArrayList<>(list.size());
        for (Object e : list) {
            out.add(e == null ? null : widen((Number) e, t));
        }
        return out;
    }

    private static Object widen(Number n, String type) {
        return switch (type) {
            case "int2" -> n.shortValue();
            case "int4" -> n.intValue();
            case "int8" -> n.longValue();
            case "float4" -> n.floatValue();
            case "float8" -> n.doubleValue();
            default -> n instanceof java.math.BigDecimal d ? d : java.math.BigDecimal.valueOf(n.longValue());
        };
    }

    /** A bpchar value as text: without its trailing spaces. */
    public static String rtrim(String s) {
        return s == null ? null : Text.stripTrailingSpaces(s);
    }
}

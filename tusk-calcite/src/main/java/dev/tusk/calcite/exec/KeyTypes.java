package dev.tusk.calcite.exec;

import dev.tusk.calcite.type.PgTypeRef;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Which column types a foreign key may pair, and how a referencing value becomes a value of the referenced column's
 * type for an index lookup: PostgreSQL accepts a pair when the referenced index's operator family compares them or
 * the referencing type casts implicitly to the referenced one.
 */
final class KeyTypes {
    /** A value that cannot equal any value of the target type (out of its range). */
    static final Object NO_MATCH = new Object();

    private static final Set<String> INTEGERS = Set.of("int2", "int4", "int8");
    private static final Set<String> FLOATS = Set.of("float4", "float8");
    private static final Set<String> STRINGS = Set.of("text", "varchar", "bpchar", "name");

    private KeyTypes() {}

    /** Whether a referencing column of type {@code fk} may reference a column of type {@code pk}. */
    static boolean compatible(PgTypeRef fk, PgTypeRef pk) {
        String f = fk.type().typname();
        String p = pk.type().typname();
        if (f.equals(p)) {
            return true;
        }
        if (INTEGERS.contains(f) && (INTEGERS.contains(p) || p.equals("numeric") || FLOATS.contains(p))) {
            return true;
        }
        if (FLOATS.contains(f) && FLOATS.contains(p)) {
            return true;
        }
        if (f.equals("numeric") && FLOATS.contains(p)) {
            return true;
        }
        return STRINGS.contains(f) && (p.equals("text") || (p.equals("varchar") && !f.equals("bpchar")));
    }

    /** {@code v} (of type {@code from}, Calcite's form) as a value of type {@code to}, or {@link #NO_MATCH}. */
    static Object convert(Object v, PgTypeRef from, PgTypeRef to) {
        if (v == null) {
            return null;
        }
        String f = from.type().typname();
        String t = to.type().typname();
        if (f.equals(t) || !(v instanceof Number n)) {
            return v;
        }
        return switch (t) {
            case "int2" -> fits(n, Short.MIN_VALUE, Short.MAX_VALUE) ? (Object) n.shortValue() : NO_MATCH;
            case "int4" -> fits(n, Integer.MIN_VALUE, Integer.MAX_VALUE) ? (Object) n.intValue() : NO_MATCH;
            case "int8" -> fits(n, Long.MIN_VALUE, Long.MAX_VALUE) ? (Object) n.longValue() : NO_MATCH;
            case "float4" -> n.floatValue();
            case "float8" -> n.doubleValue();
            case "numeric" -> n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            default -> v;
        };
    }

    private static boolean fits(Number n, long min, long max) {
        if (n instanceof BigDecimal d) {
            if (d.stripTrailingZeros().scale() > 0) {
                return false;
            }
            return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
        }
        if (n instanceof Double || n instanceof Float) {
            double x = n.doubleValue();
            return x == Math.rint(x) && x >= min && x <= max;
        }
        long x = n.longValue();
        return x >= min && x <= max;
    }
}

package dev.tusk.calcite.func;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's implicit casts ({@code pg_cast} rows with {@code castcontext = 'i'}) between the built-in types, as
 * function and operator resolution uses them; array types coerce when their element types do.
 */
public final class ImplicitCasts {
    private static final Set<String> REG_TYPES = Set.of(
            "oid",
            "regproc",
            "regprocedure",
            "regoper",
            "regoperator",
            "regclass",
            "regtype",
            "regconfig",
            "regdictionary",
            "regnamespace",
            "regrole",
            "regcollation");

    private static final Map<String, Set<String>> TARGETS = Map.ofEntries(
            Map.entry("int2", Set.of("int4", "int8", "float4", "float8", "numeric")),
            Map.entry("int4", Set.of("int8", "float4", "float8", "numeric")),
            Map.entry("int8", Set.of("float4", "float8", "numeric")),
            Map.entry("float4", Set.of("float8")),
            Map.entry("numeric", Set.of("float4", "float8")),
            Map.entry("text", Set.of("bpchar", "varchar", "name", "regclass")),
            Map.entry("varchar", Set.of("text", "bpchar", "name", "regclass")),
            Map.entry("bpchar", Set.of("text", "varchar", "name")),
            Map.entry("name", Set.of("text")),
            Map.entry("char", Set.of("text")),
            Map.entry("date", Set.of("timestamp", "timestamptz")),
            Map.entry("timestamp", Set.of("timestamptz")),
            Map.entry("time", Set.of("interval", "timetz")),
            Map.entry("bit", Set.of("varbit")),
            Map.entry("varbit", Set.of("bit")),
            Map.entry("cidr", Set.of("inet")),
            Map.entry("regclass", Set.of("oid")),
            Map.entry("regtype", Set.of("oid")),
            Map.entry("regproc", Set.of("oid")),
            Map.entry("regnamespace", Set.of("oid")),
            Map.entry("regrole", Set.of("oid")));

    private ImplicitCasts() {}

    /** Whether a value of {@code from} can be passed where {@code to} is declared without an explicit cast. */
    public static boolean canCoerce(PgType from, PgType to) {
        if (from.oid() == to.oid() || from.oid() == BuiltinTypes.UNKNOWN.oid()) {
            return true;
        }
        if (from.isArray() && to.isArray()) {
            return canCoerce(from.elementType(), to.elementType());
        }
        String f = from.typname();
        String t = to.typname();
        if ((f.equals("int2") || f.equals("int4") || f.equals("int8") || f.equals("oid")) && REG_TYPES.contains(t)) {
            return !f.equals("oid") || !t.equals("oid");
        }
        Set<String> targets = TARGETS.get(f);
        return targets != null && targets.contains(t);
    }
}

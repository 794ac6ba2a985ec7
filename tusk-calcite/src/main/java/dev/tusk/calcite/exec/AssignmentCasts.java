package dev.tusk.calcite.exec;

import dev.tusk.calcite.func.ImplicitCasts;
import dev.tusk.types.PgType;
import java.util.Map;
import java.util.Set;

/**
 * Whether PostgreSQL converts a column's values to a new type without USING (ALTER COLUMN TYPE): an implicit or
 * assignment cast ({@code pg_cast.castcontext} 'i' or 'a'), or the automatic I/O conversion to a string type.
 */
final class AssignmentCasts {
    private static final Set<String> STRINGS = Set.of("text", "varchar", "bpchar", "name");

    private static final Map<String, Set<String>> ASSIGNMENT = Map.ofEntries(
            Map.entry("int8", Set.of("int2", "int4")),
            Map.entry("int4", Set.of("int2")),
            Map.entry("float4", Set.of("int2", "int4", "int8", "numeric")),
            Map.entry("float8", Set.of("int2", "int4", "int8", "numeric", "float4")),
            Map.entry("numeric", Set.of("int2", "int4", "int8")),
            Map.entry("timestamptz", Set.of("timestamp", "date", "time", "timetz")),
            Map.entry("timestamp", Set.of("date", "time")),
            Map.entry("interval", Set.of("time")),
            Map.entry("timetz", Set.of("time")),
            Map.entry("json", Set.of("jsonb")),
            Map.entry("jsonb", Set.of("json")));

    private AssignmentCasts() {}

    /** Whether values of {@code from} convert to {@code to} in assignment context. */
    static boolean assignable(PgType from, PgType to) {
        if (ImplicitCasts.canCoerce(from, to)) {
            return true;
        }
        if (from.isArray() || to.isArray()) {
            return from.isArray() && to.isArray() && assignable(from.elementType(), to.elementType());
        }
        if (STRINGS.contains(to.typname())) {
            return true;
        }
        Set<String> targets = ASSIGNMENT.get(from.typname());
        return targets != null && targets.contains(to.typname());
    }
}

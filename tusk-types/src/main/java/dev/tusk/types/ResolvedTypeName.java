package dev.tusk.types;

import java.util.List;
import java.util.Objects;

/**
 * A type name written in SQL ({@code character varying(10)}, {@code interval day to second(2)},
 * {@code numeric(5,2)[]}) resolved as PostgreSQL's parser resolves it: the type, its typmod, and the WARNINGs
 * the type's {@code typmodin} raised.
 *
 * @param type the type (the array type for {@code name[]})
 * @param typmod the type modifier, -1 for none
 * @param warnings what PostgreSQL would send as WARNING notices, usually none
 */
public record ResolvedTypeName(PgType type, int typmod, List<PgWarning> warnings) {
    /** Copies the warnings. */
    public ResolvedTypeName {
        Objects.requireNonNull(type, "type");
        warnings = List.copyOf(warnings);
    }
}

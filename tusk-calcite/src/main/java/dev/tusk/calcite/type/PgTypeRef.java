package dev.tusk.calcite.type;

import dev.tusk.types.PgType;
import java.util.Objects;

/**
 * A PostgreSQL type with its type modifier ({@code -1} for none), as a column, parameter or cast target has it.
 *
 * @param type the type
 * @param typmod the modifier, as {@code pg_attribute.atttypmod} holds it
 */
public record PgTypeRef(PgType type, int typmod) {
    /** Validates the components. */
    public PgTypeRef {
        Objects.requireNonNull(type, "type");
    }

    /** A type without a modifier. */
    public static PgTypeRef of(PgType type) {
        return new PgTypeRef(type, -1);
    }

    /** The name {@code format_type()} gives it. */
    public String displayName() {
        return type.formatType(typmod);
    }
}

package dev.tusk.examples.memory.store;

import dev.tusk.types.PgType;
import java.util.Objects;

/**
 * One column of a table: its name, type, type modifier (varchar length, numeric precision/scale, or -1)
 * and NOT NULL flag.
 */
public record ColumnDef(String name, PgType type, int typmod, boolean notNull) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}

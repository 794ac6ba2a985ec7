package dev.tusk.calcite.store;

import java.util.Objects;
import java.util.function.Function;

/**
 * One key column of a hash index: its position in the row, its name as PostgreSQL prints it in a DETAIL
 * (already quoted where PostgreSQL would quote it), its key equivalence, and how to render a value as the
 * type's text output for {@code Key (id)=(1) already exists.}
 */
public record IndexColumn(int position, String name, KeyEquivalence equivalence, Function<Object, String> render) {

    /** Checks the parts. */
    public IndexColumn {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(equivalence, "equivalence");
        Objects.requireNonNull(render, "render");
    }

    /** A column compared with {@link KeyEquivalence#EQUALS} and rendered with {@link String#valueOf(Object)}. */
    public static IndexColumn of(int position, String name) {
        return new IndexColumn(position, name, KeyEquivalence.EQUALS, String::valueOf);
    }
}

package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.ArrayList;
import java.util.List;

/** A builder for a system relation's column list, spelled the way PostgreSQL's catalog headers declare them. */
public final class Columns {
    private final List<SystemColumn> columns = new ArrayList<>();

    private Columns() {}

    /** An empty list. */
    public static Columns builder() {
        return new Columns();
    }

    /** Adds a NOT NULL column of the named type ({@code oid}, {@code name}, {@code char} for "char", {@code text[]}). */
    public Columns notNull(String name, String type) {
        columns.add(new SystemColumn(name, PgTypeRef.of(type(type)), true));
        return this;
    }

    /** Adds a nullable column of the named type. */
    public Columns nullable(String name, String type) {
        columns.add(new SystemColumn(name, PgTypeRef.of(type(type)), false));
        return this;
    }

    /** The columns. */
    public List<SystemColumn> build() {
        return List.copyOf(columns);
    }

    /** The built-in type with this typname, or with this element typname and a {@code []} suffix. */
    public static PgType type(String name) {
        TypeRegistry r = TypeRegistry.builtins();
        if (name.endsWith("[]")) {
            PgType element = type(name.substring(0, name.length() - 2));
            return r.arrayOf(element)
                    .orElseThrow(() -> new IllegalArgumentException("no array type of " + element.typname()));
        }
        return r.byName(name).orElseThrow(() -> new IllegalArgumentException("no built-in type " + name));
    }
}

package dev.tusk.calcite.func;

import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.Locale;

/** A declared parameter or result type of a PostgreSQL function: a type, or one of the polymorphic pseudo-types. */
public sealed interface PgParamType {

    /** A concrete type. */
    record Concrete(PgType type) implements PgParamType {
        @Override
        public String toString() {
            return type.typname();
        }
    }

    /** The polymorphic pseudo-types, as PostgreSQL names them. */
    enum Pseudo implements PgParamType {
        /** {@code "any"}: anything, no consistency with other arguments. */
        ANY,
        /** {@code anyelement}. */
        ANYELEMENT,
        /** {@code anyarray}. */
        ANYARRAY,
        /** {@code anynonarray}. */
        ANYNONARRAY,
        /** {@code anycompatible}. */
        ANYCOMPATIBLE,
        /** {@code anycompatiblearray}. */
        ANYCOMPATIBLEARRAY;

        /** Whether it stands for an array of the resolved element type. */
        public boolean isArray() {
            return this == ANYARRAY || this == ANYCOMPATIBLEARRAY;
        }

        /** Whether it takes part in the anycompatible family's common-type resolution. */
        public boolean isCompatibleFamily() {
            return this == ANYCOMPATIBLE || this == ANYCOMPATIBLEARRAY;
        }

        @Override
        public String toString() {
            return this == ANY ? "\"any\"" : name().toLowerCase(Locale.ROOT);
        }
    }

    /** A concrete type. */
    static PgParamType of(PgType type) {
        return new Concrete(type);
    }

    /** Parses a type name as {@link PgFunction#args()} spells it. */
    static PgParamType parse(String name) {
        String n = name.trim();
        switch (n) {
            case "any", "\"any\"" -> {
                return Pseudo.ANY;
            }
            case "anyelement" -> {
                return Pseudo.ANYELEMENT;
            }
            case "anyarray" -> {
                return Pseudo.ANYARRAY;
            }
            case "anynonarray" -> {
                return Pseudo.ANYNONARRAY;
            }
            case "anycompatible" -> {
                return Pseudo.ANYCOMPATIBLE;
            }
            case "anycompatiblearray" -> {
                return Pseudo.ANYCOMPATIBLEARRAY;
            }
            default -> {
                TypeRegistry registry = TypeRegistry.builtins();
                if (n.endsWith("[]")) {
                    PgType element = registry.byName(n.substring(0, n.length() - 2))
                            .orElseThrow(() -> new IllegalArgumentException("unknown type " + name));
                    return of(registry.arrayOf(element)
                            .orElseThrow(() -> new IllegalArgumentException("no array type for " + name)));
                }
                return of(registry.byName(n).orElseThrow(() -> new IllegalArgumentException("unknown type " + name)));
            }
        }
    }
}

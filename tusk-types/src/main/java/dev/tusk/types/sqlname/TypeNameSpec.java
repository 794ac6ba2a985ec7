package dev.tusk.types.sqlname;

import java.util.List;

/**
 * A parsed SQL type name ({@code TypeName} in PostgreSQL's parser): the possibly qualified name, the type
 * modifier expressions and whether it names the array type; SQL-standard spellings such as
 * {@code double precision} arrive as {@code pg_catalog.float8}.
 *
 * @param names the name, one to four parts as written (more are rejected later)
 * @param modifiers the type modifiers, empty if none were written or implied
 * @param array true for {@code name[]} or {@code name ARRAY}
 */
public record TypeNameSpec(List<String> names, List<Modifier> modifiers, boolean array) {
    /** Copies the lists. */
    public TypeNameSpec {
        names = List.copyOf(names);
        modifiers = List.copyOf(modifiers);
    }

    /**
     * One type modifier expression: the text PostgreSQL hands to the type's {@code typmodin} for a constant or
     * a lone identifier, or null for anything else (which {@code typmodin} never sees).
     *
     * @param value the modifier's text, or null when it is not a simple constant or identifier
     */
    public record Modifier(String value) {
        /** A modifier that is not a simple constant or identifier. */
        public static final Modifier COMPLEX = new Modifier(null);

        /** True unless the expression was more than a constant or an identifier. */
        public boolean simple() {
            return value != null;
        }
    }

    /** {@code TypeNameToString}: the name parts joined with dots, plus {@code []} for an array. */
    public String display() {
        return NameList.join(names) + (array ? "[]" : "");
    }
}

package dev.tusk.examples.memory.sql;

/**
 * A type as written in SQL, normalised to PostgreSQL's internal name ({@code integer} → {@code int4},
 * {@code double precision} → {@code float8}, ...) with its modifiers: varchar's length, numeric's precision
 * and scale ({@code -1} when absent).
 */
public record TypeName(String name, int length, int precision, int scale, int position) {

    /** A type without modifiers. */
    public static TypeName of(String name, int position) {
        return new TypeName(name, -1, -1, -1, position);
    }
}

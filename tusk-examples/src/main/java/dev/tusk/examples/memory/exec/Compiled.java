package dev.tusk.examples.memory.exec;

import dev.tusk.types.PgType;

/**
 * An analysed expression: its result type and type modifier, and how to compute it for one row.
 *
 * @param type the static result type (unknown for untyped string literals and NULL)
 * @param typmod the result's type modifier, or -1
 * @param fn computes the value for a row
 */
public record Compiled(PgType type, int typmod, Fn fn) {

    /** Computes an expression's value for one row of its scope. */
    @FunctionalInterface
    public interface Fn {
        /** The value (a Java value of {@link Compiled#type()}'s codec), or null for SQL NULL. */
        Object eval(Object[] row, EvalContext cx);
    }

    /** Evaluates for a row. */
    public Object eval(Object[] row, EvalContext cx) {
        return fn.eval(row, cx);
    }

    /** A constant. */
    public static Compiled constant(PgType type, Object value) {
        return new Compiled(type, -1, (row, cx) -> value);
    }
}

package dev.tusk.calcite.func;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as the implementation of a PostgreSQL function callable from SQL.
 *
 * <p>The PostgreSQL signature comes from {@link #args()} and {@link #returns()} when given, else from the Java
 * types: {@code String} is text, {@code int} int4, {@code long} int8, {@code short} int2, {@code double} float8,
 * {@code float} float4, {@code BigDecimal} numeric, {@code boolean} bool, {@code ByteString} bytea and
 * {@link AnyValue} PostgreSQL's {@code "any"}. Arrays arrive as {@code java.util.List}. Overloads share a name and
 * are chosen by PostgreSQL's rules for function calls, and a Tusk function hides Calcite's of the same name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PgFunction {
    /** The function's SQL name (lower case, as PostgreSQL names it). */
    String value();

    /** Whether the result may change within a statement (random(), clock_timestamp()): never constant-folded. */
    boolean volatileResult() default false;

    /** Whether the result depends on the session (settings, user): computed at run time, never at plan time. */
    boolean stable() default false;

    /**
     * PostgreSQL's STRICT: a NULL argument makes the result NULL without calling the method. Non-strict methods
     * receive NULLs and take boxed parameters.
     */
    boolean strict() default true;

    /**
     * The PostgreSQL parameter types, by name as in {@code pg_type} ({@code "text"}, {@code "int4"}, {@code
     * "_int4"} or {@code "int4[]"}), or a polymorphic pseudo-type ({@code "anyelement"}, {@code "anyarray"},
     * {@code "anynonarray"}, {@code "anycompatible"}, {@code "anycompatiblearray"}, {@code "any"}); empty to take
     * them from the Java parameter types.
     */
    String[] args() default {};

    /** The PostgreSQL result type, named as in {@link #args()}; empty to take it from the Java return type. */
    String returns() default "";

    /**
     * Whether the last parameter is VARIADIC: the Java method takes an array ({@code Object[]}, {@code String[]},
     * {@code AnyValue[]}) holding the trailing arguments; {@link #args()} names the element type.
     */
    boolean variadic() default false;

    /**
     * Whether it returns a set of rows (PostgreSQL's {@code SETOF}): the method returns an {@code Iterable} of the
     * values of its one column, typed by {@link #returns()} and named after the function, or of {@code Object[]}
     * rows when {@link #columns()} names several. It can be called in FROM and alone in a select list.
     */
    boolean setof() default false;

    /** The names of the columns of a set-returning function with several; their types are {@link #columnTypes()}. */
    String[] columns() default {};

    /** The types of {@link #columns()}, named as in {@link #args()}. */
    String[] columnTypes() default {};
}

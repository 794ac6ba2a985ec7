package dev.tusk.calcite.func;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a public static method as the implementation of a PostgreSQL function callable from SQL. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PgFunction {
    /** The function's SQL name (lower case, as PostgreSQL names it). */
    String value();

    /** Whether the result may change within a statement (random(), clock_timestamp()): never constant-folded. */
    boolean volatileResult() default false;
}

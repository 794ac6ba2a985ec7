package dev.tusk.calcite.func;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method returning a new {@link Accumulator} as one overload of a PostgreSQL aggregate.
 * Argument and result types are named as in {@link PgFunction#args()}. Where no Tusk overload takes the arguments,
 * Calcite's aggregate of the same name runs (sum of intervals, for instance).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PgAggregate {
    /** The aggregate's SQL name. */
    String value();

    /** The PostgreSQL argument types. */
    String[] args();

    /** The PostgreSQL result type. */
    String returns();

    /**
     * Whether Calcite's aggregate of the same name computes this overload (the method is not called): it takes
     * part in resolution as PostgreSQL's does, so that {@code avg('1')} is ambiguous as there.
     */
    boolean calcite() default false;
}

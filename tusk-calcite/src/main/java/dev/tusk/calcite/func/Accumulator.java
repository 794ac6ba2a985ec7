package dev.tusk.calcite.func;

/**
 * The running state of one group of a PostgreSQL aggregate ({@link PgAggregate}): each input row's arguments, then
 * the result. Arguments arrive in Calcite's runtime representation, NULLs included; a strict aggregate skips them.
 * A factory may take the arguments' type OIDs ({@code int[]}) when the result depends on them.
 */
public interface Accumulator {
    /** Adds one row's arguments. */
    void add(Object[] args);

    /** The aggregate's value for the rows added (null for none, as most aggregates). */
    Object result();
}

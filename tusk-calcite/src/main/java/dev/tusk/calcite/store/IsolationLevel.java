package dev.tusk.calcite.store;

/**
 * The snapshot policy of a transaction: a fresh snapshot per statement, or one for the whole transaction.
 * PostgreSQL maps READ UNCOMMITTED to READ COMMITTED; the caller does the same. SERIALIZABLE (SSI) is not
 * modelled here.
 */
public enum IsolationLevel {
    /** PostgreSQL's default: each statement sees what was committed when it started, plus its own earlier work. */
    READ_COMMITTED,
    /** One snapshot, taken by the transaction's first statement, for all its statements. */
    REPEATABLE_READ
}

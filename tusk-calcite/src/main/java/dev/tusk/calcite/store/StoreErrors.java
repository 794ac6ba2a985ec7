package dev.tusk.calcite.store;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;

/** The PostgreSQL errors the store raises, with PostgreSQL 15's SQLSTATEs, messages and details. */
final class StoreErrors {

    private StoreErrors() {}

    /**
     * 23505 as nbtinsert.c reports it; checked against PostgreSQL 15: the DETAIL shows the key of the row
     * being written (numeric 1.00 against an existing 1.0 shows {@code Key (a)=(1.00)}), multi-column keys
     * as {@code Key (a, b)=(1, x)}, a NULL in a NULLS NOT DISTINCT index as {@code null}; the error also
     * carries schema, table and constraint names.
     */
    static PgException uniqueViolation(HashIndex index, Object[] row) {
        return PgException.builder(
                        SqlState.UNIQUE_VIOLATION,
                        "duplicate key value violates unique constraint \"" + index.name() + "\"")
                .detail("Key " + index.describeKey(row) + " already exists.")
                .field('s', index.table().schema())
                .field('t', index.table().name())
                .field('n', index.name())
                .build();
    }

    /** 23505 from CREATE UNIQUE INDEX over rows that already repeat a key. */
    static PgException duplicateOnCreate(HashIndex index, Object[] row) {
        return PgException.builder(SqlState.UNIQUE_VIOLATION, "could not create unique index \"" + index.name() + "\"")
                .detail("Key " + index.describeKey(row) + " is duplicated.")
                .field('s', index.table().schema())
                .field('t', index.table().name())
                .field('n', index.name())
                .build();
    }

    /**
     * 40P01 with PostgreSQL's DETAIL, one line per transaction in the cycle, starting with the one that
     * detected it (checked against PostgreSQL 15 with two sessions updating two rows in opposite orders):
     * {@code Process 25476 waits for ShareLock on transaction 760; blocked by process 25471.} A table lock
     * here stands for PostgreSQL's row locks, whose waits are on the holder's transaction id.
     */
    static PgException deadlock(List<Transaction> cycle) {
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            Transaction t = cycle.get(i);
            Transaction next = cycle.get((i + 1) % cycle.size());
            if (i > 0) {
                detail.append('\n');
            }
            detail.append("Process ")
                    .append(t.processId())
                    .append(" waits for ShareLock on transaction ")
                    .append(next.xid())
                    .append("; blocked by process ")
                    .append(next.processId())
                    .append('.');
        }
        return PgException.builder(SqlState.T_R_DEADLOCK_DETECTED, "deadlock detected")
                .detail(detail.toString())
                .hint("See server log for query details.")
                .build();
    }

    static PgException lockTimeout() {
        return new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
    }

    static PgException canceledByUser() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
    }

    /** 40001 as nodeModifyTable.c reports a row changed by a transaction the snapshot does not see. */
    static PgException concurrentChange(boolean replaced) {
        return new PgException(
                SqlState.T_R_SERIALIZATION_FAILURE,
                replaced
                        ? "could not serialize access due to concurrent update"
                        : "could not serialize access due to concurrent delete");
    }

    static PgException savepointNotFound(String name) {
        return new PgException(SqlState.S_E_INVALID_SPECIFICATION, "savepoint \"" + name + "\" does not exist");
    }

    static PgException tooManyCommands() {
        return new PgException(
                SqlState.PROGRAM_LIMIT_EXCEEDED, "cannot have more than 2^32-2 commands in a transaction");
    }

    static PgException isolationAfterQuery() {
        return new PgException(
                SqlState.ACTIVE_SQL_TRANSACTION, "SET TRANSACTION ISOLATION LEVEL must be called before any query");
    }

    static PgException invisibleRow() {
        return new PgException(SqlState.INTERNAL_ERROR, "attempted to update invisible tuple");
    }
}

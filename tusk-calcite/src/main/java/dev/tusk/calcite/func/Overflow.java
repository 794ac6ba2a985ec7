package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;

/** PostgreSQL's out-of-range errors for the integer types (22003). */
final class Overflow {
    private Overflow() {}

    static PgException smallint() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "smallint out of range");
    }

    static PgException integer() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
    }

    static PgException bigint() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
    }
}

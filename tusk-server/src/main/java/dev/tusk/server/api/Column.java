package dev.tusk.server.api;

import dev.tusk.types.PgType;
import java.util.Objects;

/**
 * One result column as RowDescription reports it: its name, its PostgreSQL type (whose codec encodes the
 * values), its type modifier, and where it comes from (table OID and column number, 0 when computed).
 */
public record Column(String name, PgType type, int typeModifier, int tableOid, short columnNumber) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A computed column: no type modifier, no source table. */
    public static Column of(String name, PgType type) {
        return new Column(name, type, -1, 0, (short) 0);
    }
}

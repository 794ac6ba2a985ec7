package dev.tusk.calcite.catalog;

import dev.tusk.calcite.type.PgTypeRef;

/**
 * A relation whose columns have exact PostgreSQL types and a place in pg_attribute, so that RowDescription can
 * report a column read from it with its PostgreSQL type (name, oid, {@code "char"}, varchar(n), ...) and its table
 * OID and attribute number, as PostgreSQL does. Calcite's own types cannot tell these apart.
 */
public interface PgColumnTypes {
    /** The relation's OID (pg_class.oid). */
    int relationOid();

    /** The PostgreSQL type and typmod of the column at {@code ordinal} (from 0), or null if it has none. */
    PgTypeRef columnType(int ordinal);

    /** The pg_attribute.attnum of the column at {@code ordinal} (from 0), or 0 if it has none. */
    int attnum(int ordinal);
}

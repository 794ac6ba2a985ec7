package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.HashIndex;

/**
 * An index made by CREATE INDEX (constraint indexes live in {@link UniqueDef}): a pg_class/pg_index row and the
 * store index that serves it.
 *
 * @param oid its OID
 * @param schema its schema (always the table's)
 * @param name its name (unique among the schema's relations)
 * @param tableOid the indexed table's OID
 * @param table the indexed table's name
 * @param unique whether it is a UNIQUE index
 * @param columns the 0-based key column positions
 * @param method the access method PostgreSQL would list ({@code btree} or {@code hash}); Tusk hashes both
 * @param index the store index
 */
public record IndexDef(
        int oid,
        String schema,
        String name,
        int tableOid,
        String table,
        boolean unique,
        int[] columns,
        String method,
        HashIndex index) {}

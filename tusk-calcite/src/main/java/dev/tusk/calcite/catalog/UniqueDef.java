package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.HashIndex;

/**
 * A PRIMARY KEY or UNIQUE constraint and the index that enforces it.
 *
 * @param name the constraint (and index) name
 * @param oid the constraint's OID
 * @param indexOid the OID of the index that enforces it (its pg_class and pg_index rows)
 * @param primary whether it is the primary key
 * @param columns the 0-based key column positions
 * @param index the store index
 */
public record UniqueDef(String name, int oid, int indexOid, boolean primary, int[] columns, HashIndex index) {}

package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.HashIndex;

/**
 * A PRIMARY KEY or UNIQUE constraint and the index that enforces it.
 *
 * @param name the constraint (and index) name
 * @param oid the constraint's OID
 * @param primary whether it is the primary key
 * @param columns the 0-based key column positions
 * @param index the store index
 */
public record UniqueDef(String name, int oid, boolean primary, int[] columns, HashIndex index) {}

package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.Sequence;

/**
 * A sequence (pg_class row of kind 'S' and its pg_sequence row).
 *
 * @param oid its OID
 * @param schema its schema's name
 * @param name its name
 * @param sequence its state in the store
 * @param ownerTable the OID of the table whose column owns it (serial, identity, OWNED BY), or 0
 * @param ownerColumn that column's attnum, or 0
 */
public record SequenceDef(int oid, String schema, String name, Sequence sequence, int ownerTable, int ownerColumn) {}

package dev.tusk.calcite.catalog;

/**
 * A schema (pg_namespace row).
 *
 * @param oid its OID
 * @param name its name
 */
public record SchemaDef(int oid, String name) {}

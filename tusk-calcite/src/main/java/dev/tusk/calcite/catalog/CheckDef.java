package dev.tusk.calcite.catalog;

import org.apache.calcite.sql.SqlNode;

/**
 * A CHECK constraint.
 *
 * @param name its name
 * @param oid its OID
 * @param expr the condition as parsed
 */
public record CheckDef(String name, int oid, SqlNode expr) {}

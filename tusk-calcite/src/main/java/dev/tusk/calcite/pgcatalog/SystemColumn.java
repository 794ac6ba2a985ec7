package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.type.PgTypeRef;

/**
 * One column of a system relation, as pg_attribute describes it.
 *
 * @param name the column name
 * @param type its PostgreSQL type and typmod
 * @param notNull whether the catalog declares it NOT NULL (pg_attribute.attnotnull)
 */
public record SystemColumn(String name, PgTypeRef type, boolean notNull) {}

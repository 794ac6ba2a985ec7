/**
 * The database's metadata, the one source for planning, execution and (later) pg_catalog: schemas, tables,
 * columns, constraints. A {@link dev.tusk.calcite.catalog.CatalogState} is immutable; DDL builds a new one that a
 * transaction publishes when it commits, so DDL is transactional as in PostgreSQL.
 */
package dev.tusk.calcite.catalog;

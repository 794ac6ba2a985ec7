/**
 * The system catalogs ({@code pg_catalog} and {@code information_schema}) as Calcite tables whose rows are computed
 * from one metadata source: tusk-types' type registry, PostgreSQL 15's built-in rows, the engine's
 * {@link dev.tusk.calcite.catalog.CatalogState} (schemas, tables, columns, constraints, indexes, sequences, views,
 * comments) and the session. Each relation is one small declarative class: its columns with their PostgreSQL types,
 * and a function from a {@link dev.tusk.calcite.pgcatalog.CatalogSource} to its rows.
 */
package dev.tusk.calcite.pgcatalog;

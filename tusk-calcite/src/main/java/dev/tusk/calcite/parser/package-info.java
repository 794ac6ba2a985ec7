/**
 * The PostgreSQL dialect of SQL as Calcite parse trees: the generated {@code PgSqlParserImpl} (from Calcite's
 * parser template plus Tusk's grammar files in {@code src/main/codegen}), the nodes for PostgreSQL statements,
 * and the helpers the grammar calls.
 */
package dev.tusk.calcite.parser;

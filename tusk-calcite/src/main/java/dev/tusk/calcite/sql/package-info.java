/**
 * Calcite configured for PostgreSQL: the type system, the operator table, the validator, and the rewrites a parse
 * tree gets before validation (casts, DISTINCT ON, column names, SQL-syntax functions as PostgreSQL's functions,
 * set-returning functions in FROM and select lists).
 */
package dev.tusk.calcite.sql;

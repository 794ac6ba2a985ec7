/**
 * Calcite configured for PostgreSQL: the type system, the operator table, the validator, and the rewrites a parse
 * tree gets before validation (casts, DISTINCT ON, column names).
 */
package dev.tusk.calcite.sql;

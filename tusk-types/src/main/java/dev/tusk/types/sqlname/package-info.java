/**
 * SQL name syntax as PostgreSQL 15 reads it (keywords, identifier lists, type names, function and operator
 * signatures), for the object-identifier types' input functions; no catalog lookups happen here.
 */
package dev.tusk.types.sqlname;

/**
 * The PostgreSQL type system: OIDs, {@code pg_type} metadata, session format settings and the
 * registry of built-in types; the single source of truth for how values look on the wire.
 */
package dev.tusk.types;

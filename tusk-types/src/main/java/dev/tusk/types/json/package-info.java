/**
 * JSON text input as PostgreSQL 15 reads it: the {@code json} validator and the {@code jsonb} parser with its
 * normalisation (sorted unique keys, numbers through {@code numeric}, PostgreSQL's spacing and escapes), with
 * PostgreSQL's error details and context lines.
 */
package dev.tusk.types.json;

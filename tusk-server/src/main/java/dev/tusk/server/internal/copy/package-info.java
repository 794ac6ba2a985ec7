/**
 * PostgreSQL's COPY data formats (text, csv and binary) in both directions: a streaming parser for
 * {@code COPY ... FROM STDIN} that accepts CopyData chunks split anywhere, and a writer for {@code COPY
 * ... TO STDOUT} that encodes one row per CopyData message, with PostgreSQL 15's rules and error messages.
 */
package dev.tusk.server.internal.copy;

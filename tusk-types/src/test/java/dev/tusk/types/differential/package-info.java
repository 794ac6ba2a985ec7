/** Differential tests: tusk-types' text and binary forms against a real PostgreSQL 15's, byte for byte. */
package dev.tusk.types.differential;

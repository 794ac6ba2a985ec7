/**
 * Command-line helpers that bin/compare-protocol runs against a Tusk server and a real PostgreSQL: a pgjdbc
 * binary-transfer scan and a holder of many idle connections for memory measurements.
 */
package dev.tusk.bench;

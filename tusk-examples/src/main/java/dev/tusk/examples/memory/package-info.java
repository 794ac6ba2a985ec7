/**
 * An in-memory table store answering a small PostgreSQL-compatible SQL subset: the backend of {@code tusk
 * serve}, the real-client tests and the benchmarks until the Calcite engine lands.
 */
package dev.tusk.examples.memory;

/**
 * Postgres-dialect SQL on Apache Calcite: a generated parser, sessions and transactions over an in-memory
 * table store, and a {@link dev.tusk.server.api.QueryEngine} that tusk-server can serve.
 */
package dev.tusk.calcite;

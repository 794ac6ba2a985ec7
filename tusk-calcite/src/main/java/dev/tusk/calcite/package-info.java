/**
 * Postgres-dialect SQL on Apache Calcite: a generated parser, sessions and transactions over an in-memory
 * table store, and a {@link dev.tusk.server.api.QueryEngine} that tusk-server can serve.
 *
 * <p>Dates, times, timestamps and intervals keep PostgreSQL's microseconds: Calcite plans them, but every
 * computation on them is Tusk's, and a final check rejects a plan that would leave one to Calcite's millisecond
 * runtime; see {@link dev.tusk.calcite.datetime}.
 */
package dev.tusk.calcite;

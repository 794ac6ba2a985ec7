/**
 * Tusk's in-memory, transactional, multi-version row store with PostgreSQL semantics: tables of
 * {@code Object[]} rows, snapshots for READ COMMITTED and REPEATABLE READ, command ids, savepoints,
 * table-level writer locks with deadlock detection, hash indexes for PRIMARY KEY and UNIQUE, and
 * sequences. It knows nothing of SQL or Calcite: the caller plans and evaluates, the store keeps rows.
 *
 * <p>How a session uses it: {@link dev.tusk.calcite.store.TableStore#begin} a {@link
 * dev.tusk.calcite.store.Transaction}; for each statement call {@link
 * dev.tusk.calcite.store.Transaction#beginStatement()}, lock the tables the statement writes, read with
 * {@link dev.tusk.calcite.store.Transaction#snapshot()}, write through {@link
 * dev.tusk.calcite.store.StoredTable}, then {@link dev.tusk.calcite.store.Transaction#endStatement()} or,
 * when the statement failed, {@link dev.tusk.calcite.store.Transaction#abortStatement()}; finally commit or
 * roll back.
 */
package dev.tusk.calcite.store;

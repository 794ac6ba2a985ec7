/**
 * A differential SQL conformance harness: scripts of plain SQL with a few comment directives run statement by
 * statement over the wire (pgjdbc, simple Query protocol) on a real PostgreSQL 15 and on a server under test;
 * columns, text rows, command tags, notices, errors and transaction status must match.
 *
 * <p>Entry point: {@link dev.tusk.testkit.sqltest.ConformanceSuite}; script format: {@link
 * dev.tusk.testkit.sqltest.ScriptParser}.
 */
package dev.tusk.testkit.sqltest;

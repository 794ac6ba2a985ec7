/**
 * Real-client tests: pgjdbc in-process, and psql, Python, Node and Go programs from {@code src/test/clients},
 * each run against every {@link dev.tusk.it.ServerTarget} that {@link dev.tusk.it.Targets#all()} lists.
 *
 * <p>To run the same tests against another server, add a factory to {@link dev.tusk.it.Targets}.
 */
package dev.tusk.it;

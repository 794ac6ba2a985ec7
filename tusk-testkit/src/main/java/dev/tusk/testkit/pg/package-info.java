/**
 * A throwaway real PostgreSQL 15 for differential tests ({@link dev.tusk.testkit.pg.PostgresInstance}) and
 * helpers that find and run external client programs ({@link dev.tusk.testkit.pg.Clients}).
 *
 * <p>The server binaries refuse to run as root, so when the JVM is root the instance runs them as an
 * unprivileged user it creates if needed. Client checks skip on a developer machine and fail when the
 * environment variable {@code CI} is {@code true}.
 */
package dev.tusk.testkit.pg;

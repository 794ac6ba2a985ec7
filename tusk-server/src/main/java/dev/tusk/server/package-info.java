/**
 * The embeddable PostgreSQL wire-protocol server: {@link dev.tusk.server.PgServer} and its configuration.
 * The handler API lives in {@code dev.tusk.server.api}, authentication in {@code dev.tusk.server.auth},
 * TLS in {@code dev.tusk.server.tls}; {@code dev.tusk.server.internal} is the Netty transport and the
 * protocol state machines, not API.
 */
package dev.tusk.server;

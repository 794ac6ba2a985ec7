/**
 * The server core, not an API: transport and framing ({@link dev.tusk.server.internal.ServerRuntime},
 * {@link dev.tusk.server.internal.Connection}), the per-connection serial executor
 * ({@link dev.tusk.server.internal.Mailbox}), outbound batching and backpressure
 * ({@link dev.tusk.server.internal.Outbound}), startup and authentication, session state, and the standard
 * handling of simple query, extended query, COPY, cancel and notifications.
 */
package dev.tusk.server.internal;

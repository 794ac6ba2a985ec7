/**
 * The handler API of the Tusk server, with no Netty type in it.
 *
 * <p>Two levels, as in pgwire. The <b>data level</b> is what most databases implement: a {@link
 * dev.tusk.server.api.QueryEngine} opens a {@link dev.tusk.server.api.QuerySession} per connection, which
 * prepares SQL text into a {@link dev.tusk.server.api.PreparedQuery} that describes its parameters and
 * columns and executes into a {@link dev.tusk.server.api.QueryResult}: rows as a {@link
 * dev.tusk.server.api.RowStream}, a command tag, or a COPY. The server does all protocol bookkeeping
 * (statements, portals, row limits, formats, errors, transaction status, flushing, backpressure). The
 * <b>message level</b> is {@link dev.tusk.server.api.ProtocolHandler}: one hook per frontend message whose
 * default does that bookkeeping, for systems that want to see or answer raw protocol messages.
 *
 * <p>Handlers run on virtual threads, one message at a time per connection, and may block.
 */
package dev.tusk.server.api;

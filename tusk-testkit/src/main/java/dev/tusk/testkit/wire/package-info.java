/**
 * A scripted PostgreSQL client over Netty's EmbeddedChannel, so that whole protocol conversations run in memory
 * with exact expectations on the server's messages.
 */
package dev.tusk.testkit.wire;

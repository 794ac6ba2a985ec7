/**
 * Encoding of result rows and decoding of Bind parameters with the tusk-types codecs, straight into and
 * out of Netty buffers: RowDescription, DataRow and the lazily decoded {@link
 * dev.tusk.server.api.Parameters}.
 */
package dev.tusk.server.internal.encode;

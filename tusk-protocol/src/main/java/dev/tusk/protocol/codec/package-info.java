/**
 * The Netty codec: the frontend decoder state machine, the backend writer and encoder, and their mirror images
 * for test clients.
 *
 * <p>Decoders check every length and count read from the wire against the bytes actually present before
 * allocating anything, copy payloads into the message records (no {@code ByteBuf} escapes), and report bad input
 * as a {@link dev.tusk.protocol.codec.ProtocolViolationException} carrying the SQLSTATE to send.
 */
package dev.tusk.protocol.codec;

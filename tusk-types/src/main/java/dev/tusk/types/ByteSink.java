package dev.tusk.types;

import java.nio.charset.StandardCharsets;

/** The destination codecs write to, so the same encoder serves a Netty buffer or a byte array. */
public interface ByteSink {
    /** Writes the low 8 bits of {@code b}. */
    void writeByte(int b);

    /** Writes the low 16 bits of {@code s}, big-endian. */
    default void writeShort(int s) {
        writeByte(s >>> 8);
        writeByte(s);
    }

    /** Writes {@code i} big-endian. */
    default void writeInt(int i) {
        writeShort(i >>> 16);
        writeShort(i);
    }

    /** Writes {@code l} big-endian. */
    default void writeLong(long l) {
        writeInt((int) (l >>> 32));
        writeInt((int) l);
    }

    /** Writes {@code len} bytes of {@code b} starting at {@code off}. */
    void writeBytes(byte[] b, int off, int len);

    /** Writes all of {@code b}. */
    default void writeBytes(byte[] b) {
        writeBytes(b, 0, b.length);
    }

    /** Writes characters that are all below 128, one byte each. */
    default void writeAscii(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            writeByte(s.charAt(i));
        }
    }

    /** Writes {@code s} encoded as UTF-8. */
    default void writeUtf8(CharSequence s) {
        byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
        writeBytes(b, 0, b.length);
    }
}

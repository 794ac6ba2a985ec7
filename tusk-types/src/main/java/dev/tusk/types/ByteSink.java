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

    /**
     * Writes the decimal text of {@code v} in ASCII, {@code -} first when negative, as {@link Long#toString(long)}
     * spells it but without building a String; sinks override it to write the digits in place.
     */
    default void writeDecimal(long v) {
        if (v < 0) {
            writeByte('-');
            if (v == Long.MIN_VALUE) {
                writeAscii("9223372036854775808");
                return;
            }
            v = -v;
        }
        long p = 1;
        while (p <= v / 10) {
            p *= 10;
        }
        for (; p > 0; p /= 10) {
            writeByte((int) ('0' + v / p % 10));
        }
    }

    /** The number of decimal digits of {@code v >= 0} (1 for 0). */
    static int decimalDigits(long v) {
        int n = 1;
        for (long p = 10; n < 19 && v >= p; p *= 10) {
            n++;
        }
        return n;
    }

    /** Writes {@code s} encoded as UTF-8. */
    default void writeUtf8(CharSequence s) {
        byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
        writeBytes(b, 0, b.length);
    }
}

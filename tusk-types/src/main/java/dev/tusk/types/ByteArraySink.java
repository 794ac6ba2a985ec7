package dev.tusk.types;

import java.util.Arrays;

/** A growable, reusable in-memory {@link ByteSink}, for tests and for length-prefixed encoding. */
public final class ByteArraySink implements ByteSink {
    private byte[] buf;
    private int size;

    /** Creates an empty sink with a small initial capacity. */
    public ByteArraySink() {
        this(64);
    }

    /** Creates an empty sink with the given initial capacity. */
    public ByteArraySink(int initialCapacity) {
        buf = new byte[Math.max(1, initialCapacity)];
    }

    private void ensure(int extra) {
        int need = size + extra;
        if (need < 0) {
            throw new IllegalStateException("sink too large");
        }
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }

    @Override
    public void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    @Override
    public void writeShort(int s) {
        ensure(2);
        buf[size++] = (byte) (s >>> 8);
        buf[size++] = (byte) s;
    }

    @Override
    public void writeInt(int i) {
        ensure(4);
        buf[size++] = (byte) (i >>> 24);
        buf[size++] = (byte) (i >>> 16);
        buf[size++] = (byte) (i >>> 8);
        buf[size++] = (byte) i;
    }

    @Override
    public void writeBytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    @Override
    public void writeAscii(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    @Override
    public void writeDecimal(long v) {
        ensure(20);
        if (v < 0) {
            buf[size++] = '-';
            if (v == Long.MIN_VALUE) {
                writeAscii("9223372036854775808");
                return;
            }
            v = -v;
        }
        int end = size + ByteSink.decimalDigits(v);
        for (int i = end - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size = end;
    }

    /** Number of bytes written since creation or the last {@link #reset()}. */
    public int size() {
        return size;
    }

    /** The internal buffer; only the first {@link #size()} bytes are meaningful. */
    public byte[] buffer() {
        return buf;
    }

    /** Forgets the content, keeping the capacity. */
    public void reset() {
        size = 0;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}

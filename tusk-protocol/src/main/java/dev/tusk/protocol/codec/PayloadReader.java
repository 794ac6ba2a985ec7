package dev.tusk.protocol.codec;

import static dev.tusk.protocol.codec.ProtocolViolationException.protocolViolation;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds-checked reads from one message body (a slice that is never retained); every error is a protocol
 * violation with PostgreSQL's wording for the same fault in {@code pqformat.c}.
 */
final class PayloadReader {
    private final ByteBuf buf;

    PayloadReader(ByteBuf body) {
        this.buf = body;
    }

    int remaining() {
        return buf.readableBytes();
    }

    private void need(int n) {
        if (buf.readableBytes() < n) {
            throw protocolViolation("insufficient data left in message");
        }
    }

    byte readByte() {
        need(1);
        return buf.readByte();
    }

    short readShort() {
        need(2);
        return buf.readShort();
    }

    int readInt() {
        need(4);
        return buf.readInt();
    }

    /** A NUL-terminated UTF-8 string; rejects a missing terminator. */
    String readCString() {
        int n = buf.bytesBefore((byte) 0);
        if (n < 0) {
            throw protocolViolation("invalid string in message");
        }
        String s = buf.toString(buf.readerIndex(), n, StandardCharsets.UTF_8);
        buf.skipBytes(n + 1);
        return s;
    }

    /** Exactly {@code n} bytes, after checking {@code n} against what is left. */
    byte[] readBytes(int n) {
        if (n < 0 || n > buf.readableBytes()) {
            throw protocolViolation("insufficient data left in message");
        }
        byte[] b = new byte[n];
        buf.readBytes(b);
        return b;
    }

    byte[] readRemaining() {
        return readBytes(buf.readableBytes());
    }

    /** An Int32 length then that many bytes, or {@code null} for length -1. */
    byte[] readNullableBytes() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        if (n < -1) {
            throw protocolViolation("invalid value length " + n + " in message");
        }
        return readBytes(n);
    }

    /**
     * An Int16 count, read unsigned as PostgreSQL does, checked so that {@code count * minElementSize} bytes are
     * still present before any array of that size is allocated.
     */
    int readCount(int minElementSize) {
        int n = readShort() & 0xffff;
        checkCount(n, minElementSize);
        return n;
    }

    /** An Int32 count, rejected when negative or larger than the remaining bytes allow. */
    int readInt32Count(int minElementSize) {
        int n = readInt();
        if (n < 0) {
            throw protocolViolation("invalid count " + n + " in message");
        }
        checkCount(n, minElementSize);
        return n;
    }

    private void checkCount(int n, int minElementSize) {
        if ((long) n * minElementSize > buf.readableBytes()) {
            throw protocolViolation("insufficient data left in message");
        }
    }

    short[] readShorts(int count) {
        short[] a = new short[count];
        for (int i = 0; i < count; i++) {
            a[i] = readShort();
        }
        return a;
    }

    int[] readInts(int count) {
        int[] a = new int[count];
        for (int i = 0; i < count; i++) {
            a[i] = readInt();
        }
        return a;
    }

    /** {@code count} values each framed as Int32 length (-1 = NULL) and bytes. */
    List<byte[]> readValues(int count) {
        List<byte[]> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readNullableBytes());
        }
        return values;
    }

    /** Rejects trailing bytes, like PostgreSQL's {@code pq_getmsgend}. */
    void end() {
        if (buf.isReadable()) {
            throw protocolViolation("invalid message format");
        }
    }
}

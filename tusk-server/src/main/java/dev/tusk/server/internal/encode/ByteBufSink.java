package dev.tusk.server.internal.encode;

import dev.tusk.types.ByteSink;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Objects;

/** A reusable {@link ByteSink} over a Netty {@link ByteBuf}, so codecs write straight into outgoing messages. */
public final class ByteBufSink implements ByteSink {
    private ByteBuf buf;

    /** A sink not yet attached to a buffer; call {@link #wrap(ByteBuf)} before writing. */
    public ByteBufSink() {}

    /** A sink writing to {@code buf}. */
    public ByteBufSink(ByteBuf buf) {
        this.buf = Objects.requireNonNull(buf, "buf");
    }

    /** Makes this sink write to {@code buf} (at its writer index) from now on; returns this sink. */
    public ByteBufSink wrap(ByteBuf buf) {
        this.buf = Objects.requireNonNull(buf, "buf");
        return this;
    }

    /** The buffer written to, or null before the first {@link #wrap(ByteBuf)}. */
    public ByteBuf buffer() {
        return buf;
    }

    @Override
    public void writeByte(int b) {
        buf.writeByte(b);
    }

    @Override
    public void writeShort(int s) {
        buf.writeShort(s);
    }

    @Override
    public void writeInt(int i) {
        buf.writeInt(i);
    }

    @Override
    public void writeLong(long l) {
        buf.writeLong(l);
    }

    @Override
    public void writeBytes(byte[] b, int off, int len) {
        buf.writeBytes(b, off, len);
    }

    @Override
    public void writeBytes(byte[] b) {
        buf.writeBytes(b);
    }

    @Override
    public void writeDecimal(long v) {
        if (v < 0) {
            buf.writeByte('-');
            if (v == Long.MIN_VALUE) {
                ByteBufUtil.writeAscii(buf, "9223372036854775808");
                return;
            }
            v = -v;
        }
        int n = ByteSink.decimalDigits(v);
        buf.ensureWritable(n);
        int start = buf.writerIndex();
        for (int i = start + n - 1; i >= start; i--) {
            buf.setByte(i, (int) ('0' + v % 10));
            v /= 10;
        }
        buf.writerIndex(start + n);
    }

    @Override
    public void writeAscii(CharSequence s) {
        ByteBufUtil.writeAscii(buf, s);
    }

    @Override
    public void writeUtf8(CharSequence s) {
        ByteBufUtil.writeUtf8(buf, s);
    }
}

package dev.tusk.server.internal.encode;

import dev.tusk.types.ByteSink;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Objects;

/** A reusable {@link ByteSink} over a Netty {@link ByteBuf}, so codecs write straight into outgoing messages; not thread-safe. */
public final class ByteBufSink implements ByteSink {
    private ByteBuf buf;
    private final byte[] digits = new byte[20];

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
        // digits go right to left into a scratch array (this sink is confined to one encoder), two at a time, then
        // one copy; counted negatively, so the minimum values need no special case
        byte[] d = digits;
        int i = d.length;
        boolean negative = v < 0;
        long q = negative ? v : -v;
        while (q <= Integer.MIN_VALUE) {
            int r = (int) (q - q / 100 * 100); // -99..0
            q /= 100;
            d[--i] = ONES[-r];
            d[--i] = TENS[-r];
        }
        int iq = (int) q;
        while (iq <= -100) {
            int r = iq - iq / 100 * 100;
            iq /= 100;
            d[--i] = ONES[-r];
            d[--i] = TENS[-r];
        }
        if (iq <= -10) {
            d[--i] = ONES[-iq];
            d[--i] = TENS[-iq];
        } else {
            d[--i] = (byte) ('0' - iq);
        }
        if (negative) {
            d[--i] = '-';
        }
        buf.writeBytes(d, i, d.length - i);
    }

    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        for (int n = 0; n < 100; n++) {
            TENS[n] = (byte) ('0' + n / 10);
            ONES[n] = (byte) ('0' + n % 10);
        }
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

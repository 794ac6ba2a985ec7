package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/**
 * {@code xid8}: an unsigned 64-bit value held in a Long's bits (printed unsigned); input is PostgreSQL
 * 15's unchecked {@code strtou64(str, NULL, 0)}.
 */
public final class Xid8Codec extends BaseCodec<Long> {
    /** The shared instance. */
    public static final Xid8Codec INSTANCE = new Xid8Codec();

    private Xid8Codec() {
        super("xid8", Long.class);
    }

    @Override
    public Long coerce(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Long value, FormatSettings s, ByteSink out) {
        out.writeAscii(Long.toUnsignedString(coerce(value)));
    }

    @Override
    public void encodeBinary(Long value, FormatSettings s, ByteSink out) {
        out.writeLong(coerce(value));
    }

    @Override
    public Long decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return XidCodec.strtoul(utf8(buf, off, len));
    }

    @Override
    public Long decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        return readLong(buf, off);
    }
}

package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;

/** {@code bigint}: accepts Long, Integer, Short and Byte. */
public final class Int8Codec extends IntegerCodec<Long> {
    /** The shared instance. */
    public static final Int8Codec INSTANCE = new Int8Codec();

    private Int8Codec() {
        super("bigint", Long.class, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    Long box(long v) {
        return v;
    }

    @Override
    public Long coerce(Object value) {
        return value instanceof Long l ? l : coerceIntegral(value, true);
    }

    @Override
    public void encodeBinary(Long value, FormatSettings s, ByteSink out) {
        out.writeLong(value);
    }

    @Override
    public Long decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        return readLong(buf, off);
    }
}

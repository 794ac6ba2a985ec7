package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;

/** {@code smallint}: accepts Short, Byte and Integer values that fit. */
public final class Int2Codec extends IntegerCodec<Short> {
    /** The shared instance. */
    public static final Int2Codec INSTANCE = new Int2Codec();

    private Int2Codec() {
        super("smallint", Short.class, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    Short box(long v) {
        return (short) v;
    }

    @Override
    public Short coerce(Object value) {
        return value instanceof Short s ? s : coerceIntegral(value, false);
    }

    @Override
    public void encodeBinary(Short value, FormatSettings s, ByteSink out) {
        out.writeShort(value);
    }

    @Override
    public Short decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 2);
        return readShort(buf, off);
    }
}

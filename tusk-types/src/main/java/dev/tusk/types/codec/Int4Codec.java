package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;

/** {@code integer}: accepts Integer, Short and Byte. */
public final class Int4Codec extends IntegerCodec<Integer> {
    /** The shared instance. */
    public static final Int4Codec INSTANCE = new Int4Codec();

    private Int4Codec() {
        super("integer", Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    Integer box(long v) {
        return (int) v;
    }

    @Override
    public Integer coerce(Object value) {
        return value instanceof Integer i ? i : coerceIntegral(value, false);
    }

    @Override
    public void encodeBinary(Integer value, FormatSettings s, ByteSink out) {
        out.writeInt(value);
    }

    @Override
    public Integer decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        return readInt(buf, off);
    }
}

package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** {@code real}: accepts Float, Short and Byte; PostgreSQL 12+ text output. */
public final class Float4Codec extends BaseCodec<Float> {
    /** The shared instance. */
    public static final Float4Codec INSTANCE = new Float4Codec();

    private Float4Codec() {
        super("real", Float.class);
    }

    @Override
    public Float coerce(Object value) {
        if (value instanceof Float f) {
            return f;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).floatValue();
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Float value, FormatSettings s, ByteSink out) {
        FloatText.write(out, value, true, s.extraFloatDigits());
    }

    @Override
    public void encodeBinary(Float value, FormatSettings s, ByteSink out) {
        out.writeInt(Float.floatToRawIntBits(value));
    }

    @Override
    public Float decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return FloatText.parseFloat4(utf8(buf, off, len), sqlName);
    }

    @Override
    public Float decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        return Float.intBitsToFloat(readInt(buf, off));
    }
}

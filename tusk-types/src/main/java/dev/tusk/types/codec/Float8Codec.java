package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** {@code double precision}: accepts Double, Float (widened through its shortest decimal), Integer, Short and Byte; PostgreSQL 12+ text output. */
public final class Float8Codec extends BaseCodec<Double> {
    /** The shared instance. */
    public static final Float8Codec INSTANCE = new Float8Codec();

    private Float8Codec() {
        super("double precision", Double.class);
    }

    @Override
    public Double coerce(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Float f) {
            // widen through the float's shortest decimal so 0.1f is sent as 0.1, not 0.10000000149011612
            return Float.isFinite(f) ? Double.parseDouble(Float.toString(f)) : (double) f;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).doubleValue();
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Double value, FormatSettings s, ByteSink out) {
        FloatText.write(out, value, false, s.extraFloatDigits());
    }

    @Override
    public void encodeBinary(Double value, FormatSettings s, ByteSink out) {
        out.writeLong(Double.doubleToRawLongBits(value));
    }

    @Override
    public Double decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return FloatText.parse(utf8(buf, off, len), false, sqlName);
    }

    @Override
    public Double decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        return Double.longBitsToDouble(readLong(buf, off));
    }
}

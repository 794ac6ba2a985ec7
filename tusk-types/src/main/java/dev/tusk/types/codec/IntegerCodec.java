package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** Shared text handling for the fixed-width integer types. */
abstract class IntegerCodec<T extends Number> extends BaseCodec<T> {
    private final long min;
    private final long max;

    IntegerCodec(String sqlName, Class<T> type, long min, long max) {
        super(sqlName, type);
        this.min = min;
        this.max = max;
    }

    abstract T box(long v);

    @Override
    public void encodeText(T value, FormatSettings s, ByteSink out) {
        out.writeDecimal(value.longValue());
    }

    @Override
    public T decodeText(byte[] buf, int off, int len, FormatSettings s) {
        return box(parseInteger(utf8(buf, off, len), min, max, sqlName));
    }

    /** Coerces Byte/Short/Integer/Long values that fit, per the {@code accepts} list of the subclass. */
    T coerceIntegral(Object value, boolean acceptLong) {
        if (value instanceof Byte
                || value instanceof Short
                || value instanceof Integer
                || (acceptLong && value instanceof Long)) {
            long v = ((Number) value).longValue();
            if (v < min || v > max) {
                throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, sqlName + " out of range");
            }
            return box(v);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }
}

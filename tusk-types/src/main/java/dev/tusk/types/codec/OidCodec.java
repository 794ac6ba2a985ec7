package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** {@code oid}: an unsigned 32-bit value held in a Long; accepts Integer (read as unsigned) and Long. */
public final class OidCodec extends BaseCodec<Long> {
    /** The shared instance. */
    public static final OidCodec INSTANCE = new OidCodec();

    private OidCodec() {
        super("oid", Long.class);
    }

    @Override
    public Long coerce(Object value) {
        if (value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        if (value instanceof Short || value instanceof Byte) {
            long v = ((Number) value).longValue();
            return v & 0xFFFFFFFFL;
        }
        if (value instanceof Long l) {
            if (l < 0 || l > 0xFFFFFFFFL) {
                throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "OID out of range");
            }
            return l;
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Long value, FormatSettings s, ByteSink out) {
        out.writeAscii(Long.toString(coerce(value)));
    }

    @Override
    public void encodeBinary(Long value, FormatSettings s, ByteSink out) {
        out.writeInt((int) (long) coerce(value));
    }

    @Override
    public Long decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // oidin uses strtoul semantics: negative values wrap if they fit in 32 bits
        String str = utf8(buf, off, len);
        long v;
        try {
            v = parseInteger(str, -0xFFFFFFFFL, 0xFFFFFFFFL, sqlName);
        } catch (PgTypeException e) {
            if (e.sqlState().equals(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE)) {
                throw PgTypeException.outOfRange(sqlName, str);
            }
            throw e;
        }
        return v & 0xFFFFFFFFL;
    }

    @Override
    public Long decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        return readInt(buf, off) & 0xFFFFFFFFL;
    }
}

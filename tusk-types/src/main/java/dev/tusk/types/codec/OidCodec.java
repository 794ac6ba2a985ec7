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
        out.writeDecimal(coerce(value));
    }

    @Override
    public void encodeBinary(Long value, FormatSettings s, ByteSink out) {
        out.writeInt((int) (long) coerce(value));
    }

    @Override
    public Long decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String str = utf8(buf, off, len);
        return parseOid(str, sqlName);
    }

    /**
     * PostgreSQL 15's {@code oidin_subr}: C's {@code strtoul} (whitespace, a sign, decimal digits; a minus sign
     * negates modulo 2^64), then only whitespace; the result must survive the cut to 32 bits read either as
     * unsigned or as signed, so {@code -1} is 4294967295 but {@code -2147483649} is out of range.
     */
    static long parseOid(String str, String typeName) {
        if (str.isEmpty()) {
            throw PgTypeException.invalidInput(typeName, str);
        }
        int i = 0;
        int n = str.length();
        while (i < n && isSpace(str.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (str.charAt(i) == '+' || str.charAt(i) == '-')) {
            neg = str.charAt(i) == '-';
            i++;
        }
        int start = i;
        long cvt = 0;
        boolean range = false;
        while (i < n && str.charAt(i) >= '0' && str.charAt(i) <= '9') {
            int d = str.charAt(i) - '0';
            if (Long.compareUnsigned(cvt, Long.divideUnsigned(-1L - d, 10)) > 0) {
                range = true;
            } else {
                cvt = cvt * 10 + d;
            }
            i++;
        }
        if (i == start) {
            throw PgTypeException.invalidInput(typeName, str);
        }
        if (range) {
            throw PgTypeException.outOfRange(typeName, str);
        }
        while (i < n && isSpace(str.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw PgTypeException.invalidInput(typeName, str);
        }
        if (neg) {
            cvt = -cvt;
        }
        long unsigned = cvt & 0xFFFFFFFFL;
        if (cvt != unsigned && cvt != (long) (int) cvt) {
            throw PgTypeException.outOfRange(typeName, str);
        }
        return unsigned;
    }

    @Override
    public Long decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        return readInt(buf, off) & 0xFFFFFFFFL;
    }
}

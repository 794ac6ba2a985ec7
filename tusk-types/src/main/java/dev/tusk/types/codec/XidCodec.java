package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/**
 * {@code xid} (and, through {@link #CID}, {@code cid}): an unsigned 32-bit value in a Long; input is
 * PostgreSQL 15's unchecked {@code strtoul(str, NULL, 0)}, so garbage reads as 0 and hex/octal are accepted.
 */
public final class XidCodec extends BaseCodec<Long> {
    /** The {@code xid} instance. */
    public static final XidCodec INSTANCE = new XidCodec("xid");
    /** The {@code cid} instance: the same representation and input rules. */
    public static final XidCodec CID = new XidCodec("cid");

    private XidCodec(String name) {
        super(name, Long.class);
    }

    @Override
    public Long coerce(Object value) {
        if (value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        if (value instanceof Long l) {
            if (l < 0 || l > 0xFFFFFFFFL) {
                throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, sqlName + " out of range");
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
        return strtoul(utf8(buf, off, len)) & 0xFFFFFFFFL;
    }

    @Override
    public Long decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        return readInt(buf, off) & 0xFFFFFFFFL;
    }

    /** C {@code strtoul(s, NULL, 0)} on a 64-bit platform: the 64 result bits, saturating on overflow. */
    static long strtoul(String s) {
        int p = 0;
        int n = s.length();
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        boolean neg = false;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            neg = s.charAt(p) == '-';
            p++;
        }
        int base = 10;
        if (p < n && s.charAt(p) == '0') {
            if (p + 2 < n + 0
                    && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')
                    && Character.digit(s.charAt(p + 2), 16) >= 0
                    && s.charAt(p + 2) < 128) {
                base = 16;
                p += 2;
            } else {
                base = 8;
            }
        }
        long v = 0;
        boolean overflow = false;
        while (p < n && s.charAt(p) < 128) {
            int d = Character.digit(s.charAt(p), base);
            if (d < 0) {
                break;
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, base)) > 0) {
                overflow = true;
            }
            v = v * base + d;
            p++;
        }
        if (overflow) {
            return -1L;
        }
        return neg ? -v : v;
    }
}

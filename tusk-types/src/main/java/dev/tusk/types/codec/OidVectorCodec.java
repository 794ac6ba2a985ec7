package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.util.Arrays;

/** {@code oidvector}: space-separated oids as a long[]; binary a 1-D oid array with lower bound 0. */
public final class OidVectorCodec extends BaseCodec<long[]> {
    /** The shared instance. */
    public static final OidVectorCodec INSTANCE = new OidVectorCodec();

    private OidVectorCodec() {
        super("oidvector", long[].class);
    }

    /** Also accepts a list of numbers (how query engines hold vectors as arrays). */
    @Override
    public long[] coerce(Object value) {
        if (value instanceof java.util.List<?> list) {
            long[] out = new long[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw PgTypeException.cannotEncode(value, sqlName);
                }
                out[i] = n.longValue() & 0xFFFFFFFFL;
            }
            return out;
        }
        return super.coerce(value);
    }

    @Override
    public void encodeText(long[] value, FormatSettings s, ByteSink out) {
        StringBuilder sb = new StringBuilder(value.length * 6);
        for (int k = 0; k < value.length; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(value[k] & 0xFFFFFFFFL);
        }
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(long[] value, FormatSettings s, ByteSink out) {
        writeHeader(out, 26, value.length);
        for (long v : value) {
            out.writeInt(4);
            out.writeInt((int) v);
        }
    }

    /** array_send's header for a 1-D array without nulls and lower bound 0. */
    static void writeHeader(ByteSink out, int elemOid, int n) {
        out.writeInt(1);
        out.writeInt(0);
        out.writeInt(elemOid);
        out.writeInt(n);
        out.writeInt(0);
    }

    /**
     * Checks an array_recv header as int2vectorrecv/oidvectorrecv do and that every element has
     * {@code elemLen} bytes; returns the element count. ndim 0 (an empty array) is accepted too.
     */
    static int readHeader(byte[] buf, int off, int len, int elemOid, int elemLen, String type) {
        if (len < 12) {
            throw PgTypeException.insufficientData();
        }
        int ndim = readInt(buf, off);
        int flags = readInt(buf, off + 4);
        int elem = readInt(buf, off + 8);
        if (elem != elemOid) {
            throw new PgTypeException(PgTypeException.DATATYPE_MISMATCH, "wrong element type");
        }
        if (ndim == 0 && len == 12) {
            return 0;
        }
        if (ndim != 1 || (flags != 0 && flags != 1)) {
            throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid " + type + " data");
        }
        if (len < 20) {
            throw PgTypeException.insufficientData();
        }
        int n = readInt(buf, off + 12);
        int lb = readInt(buf, off + 16);
        if (n < 0 || lb != 0 || n > 100) {
            throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid " + type + " data");
        }
        int p = 20;
        for (int k = 0; k < n; k++) {
            if (len - p < 4) {
                throw PgTypeException.insufficientData();
            }
            int l = readInt(buf, off + p);
            if (l != elemLen) {
                throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid " + type + " data");
            }
            p += 4;
            if (len - p < elemLen) {
                throw PgTypeException.insufficientData();
            }
            p += elemLen;
        }
        if (p != len) {
            throw PgTypeException.badBinary();
        }
        return n;
    }

    @Override
    public long[] decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // oidvectorin: oidin_subr on each token, which may end anywhere strtoul stops
        String str = utf8(buf, off, len);
        long[] out = new long[Math.min(100, str.length())];
        int n = 0;
        int p = 0;
        for (; n < 100; n++) {
            while (p < str.length() && isSpace(str.charAt(p))) {
                p++;
            }
            if (p >= str.length()) {
                break;
            }
            String rest = str.substring(p);
            int q = p;
            boolean neg = false;
            if (str.charAt(q) == '+' || str.charAt(q) == '-') {
                neg = str.charAt(q) == '-';
                q++;
            }
            int digits = q;
            while (q < str.length() && str.charAt(q) >= '0' && str.charAt(q) <= '9') {
                q++;
            }
            if (q == digits) {
                throw PgTypeException.invalidInput("oid", rest);
            }
            long v;
            try {
                v = Long.parseLong(str, digits, q, 10);
            } catch (NumberFormatException e) {
                throw PgTypeException.outOfRange("oid", rest);
            }
            if (neg ? v > 0x80000000L : v > 0xFFFFFFFFL) {
                throw PgTypeException.outOfRange("oid", rest);
            }
            out[n] = (neg ? -v : v) & 0xFFFFFFFFL;
            p = q;
        }
        while (p < str.length() && isSpace(str.charAt(p))) {
            p++;
        }
        if (p < str.length()) {
            throw new PgTypeException(PgTypeException.INVALID_PARAMETER_VALUE, "oidvector has too many elements");
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public long[] decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        int n = readHeader(buf, off, len, 26, 4, sqlName);
        long[] v = new long[n];
        for (int k = 0; k < n; k++) {
            v[k] = readInt(buf, off + 20 + 8 * k + 4) & 0xFFFFFFFFL;
        }
        return v;
    }
}

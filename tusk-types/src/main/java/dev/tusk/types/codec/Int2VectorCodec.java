package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** {@code int2vector}: space-separated smallints as a short[]; binary a 1-D int2 array with lower bound 0. */
public final class Int2VectorCodec extends BaseCodec<short[]> {
    /** The shared instance. */
    public static final Int2VectorCodec INSTANCE = new Int2VectorCodec();

    private Int2VectorCodec() {
        super("int2vector", short[].class);
    }

    /** Also accepts a list of numbers (how query engines hold vectors as arrays). */
    @Override
    public short[] coerce(Object value) {
        if (value instanceof java.util.List<?> list) {
            short[] out = new short[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw PgTypeException.cannotEncode(value, sqlName);
                }
                out[i] = n.shortValue();
            }
            return out;
        }
        return super.coerce(value);
    }

    @Override
    public void encodeText(short[] value, FormatSettings s, ByteSink out) {
        StringBuilder sb = new StringBuilder(value.length * 4);
        for (int k = 0; k < value.length; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(value[k]);
        }
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(short[] value, FormatSettings s, ByteSink out) {
        OidVectorCodec.writeHeader(out, 21, value.length);
        for (short v : value) {
            out.writeInt(2);
            out.writeShort(v);
        }
    }

    @Override
    public short[] decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // int2vectorin: pg_atoi(token, 2, ' ') per token; messages quote the rest of the input
        String str = utf8(buf, off, len);
        short[] out = new short[Math.min(100, str.length())];
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
            if (q < str.length() && (str.charAt(q) == '+' || str.charAt(q) == '-')) {
                q++;
            }
            int digits = q;
            while (q < str.length() && str.charAt(q) >= '0' && str.charAt(q) <= '9') {
                q++;
            }
            if (q == digits) {
                throw PgTypeException.invalidInput("smallint", rest);
            }
            long v;
            try {
                v = Long.parseLong(str, p, q, 10);
            } catch (NumberFormatException e) {
                v = Long.MAX_VALUE;
            }
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw PgTypeException.outOfRange("smallint", rest);
            }
            int b = q;
            while (b < str.length() && str.charAt(b) != ' ' && isSpace(str.charAt(b))) {
                b++;
            }
            if (b < str.length() && str.charAt(b) != ' ') {
                throw PgTypeException.invalidInput("smallint", rest);
            }
            out[n] = (short) v;
            p = q;
            while (p < str.length() && !isSpace(str.charAt(p))) {
                p++;
            }
        }
        while (p < str.length() && isSpace(str.charAt(p))) {
            p++;
        }
        if (p < str.length()) {
            throw new PgTypeException(PgTypeException.INVALID_PARAMETER_VALUE, "int2vector has too many elements");
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public short[] decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        int n = OidVectorCodec.readHeader(buf, off, len, 21, 2, sqlName);
        short[] v = new short[n];
        for (int k = 0; k < n; k++) {
            v[k] = readShort(buf, off + 20 + 6 * k + 4);
        }
        return v;
    }
}

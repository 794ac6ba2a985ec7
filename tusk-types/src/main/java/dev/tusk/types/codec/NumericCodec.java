package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code numeric}: values are BigDecimal, or Double NaN/±Infinity for the special values; accepts
 * BigDecimal, BigInteger, Long, Integer, Short, Byte, Double and Float.
 */
public final class NumericCodec extends BaseCodec<Number> {
    /** The shared instance. */
    public static final NumericCodec INSTANCE = new NumericCodec();

    private static final int NUMERIC_POS = 0x0000;
    private static final int NUMERIC_NEG = 0x4000;
    private static final int NUMERIC_NAN = 0xC000;
    private static final int NUMERIC_PINF = 0xD000;
    private static final int NUMERIC_NINF = 0xF000;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10000);

    private NumericCodec() {
        super("numeric", Number.class);
    }

    @Override
    public Number coerce(Object value) {
        if (value instanceof BigDecimal bd) {
            return checkRange(bd);
        }
        if (value instanceof BigInteger bi) {
            return new BigDecimal(bi);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
            return new BigDecimal(value instanceof Float f ? Float.toString(f) : Double.toString(d));
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Number value, FormatSettings s, ByteSink out) {
        Number v = coerce(value);
        if (v instanceof Double d) {
            out.writeAscii(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            return;
        }
        BigDecimal bd = (BigDecimal) v;
        if (bd.scale() < 0) {
            bd = bd.setScale(0);
        }
        long u = compactUnscaled(bd);
        if (u == NOT_COMPACT) {
            out.writeAscii(bd.toPlainString());
            return;
        }
        // the common case written digit by digit: no String
        int scale = bd.scale();
        if (u < 0) {
            out.writeByte('-');
            u = -u;
        }
        if (scale == 0) {
            out.writeDecimal(u);
            return;
        }
        long p = POW10[scale];
        out.writeDecimal(u / p);
        out.writeByte('.');
        long f = u % p;
        for (long q = p / 10; q > 0; q /= 10) {
            out.writeByte((int) ('0' + f / q % 10));
        }
    }

    /** Returned by {@link #compactUnscaled} for values it does not handle. */
    private static final long NOT_COMPACT = Long.MIN_VALUE;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static final double[] DOUBLE_POW10 = new double[19];

    static {
        for (int i = 0; i < DOUBLE_POW10.length; i++) {
            DOUBLE_POW10[i] = POW10[i];
        }
    }

    /**
     * The unscaled value of {@code bd} (scale 0..18) when it has at most 18 digits, else {@link #NOT_COMPACT},
     * without allocating for up to 15 digits. There it goes through {@code doubleValue()}: the unscaled value u
     * is below 10^15 < 2^50, so u / 10^s rounded to a double (the JDK computes it so for compact values, without
     * allocating) and multiplied back by the exact double 10^s lies within 0.4 of u, and rounding gives u. Longer
     * values take {@code movePointRight}, whose BigDecimal the JIT may or may not scalar-replace.
     */
    private static long compactUnscaled(BigDecimal bd) {
        int scale = bd.scale();
        int precision = bd.precision();
        if (scale < 0 || scale > 18 || precision > 18) {
            return NOT_COMPACT;
        }
        if (scale == 0) {
            return bd.longValue();
        }
        if (precision <= 15) {
            return Math.round(bd.doubleValue() * DOUBLE_POW10[scale]);
        }
        return bd.movePointRight(scale).longValue();
    }

    @Override
    public void encodeBinary(Number value, FormatSettings s, ByteSink out) {
        Number v = coerce(value);
        if (v instanceof Double d) {
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(Double.isNaN(d) ? NUMERIC_NAN : d > 0 ? NUMERIC_PINF : NUMERIC_NINF);
            // numeric_send reports the dscale bits of the special header: 32 for the infinities
            out.writeShort(Double.isNaN(d) ? 0 : 32);
            return;
        }
        BigDecimal bd = (BigDecimal) v;
        int dscale = Math.max(0, bd.scale());
        if (bd.signum() == 0) {
            out.writeShort(0);
            out.writeShort(0);
            out.writeShort(NUMERIC_POS);
            out.writeShort(dscale);
            return;
        }
        if (bd.precision() <= 15 && encodeCompact(bd, dscale, out)) {
            return;
        }
        encodeGeneral(bd, dscale, out);
    }

    /**
     * The binary form of a value of at most 15 digits, computed in a long: scaled up to a multiple of 4
     * fraction digits (at most 18 digits, so it fits) and split into base-10000 groups from the top.
     */
    private static boolean encodeCompact(BigDecimal bd, int dscale, ByteSink out) {
        long u = compactUnscaled(bd);
        if (u == NOT_COMPACT) {
            return false;
        }
        int scale = bd.scale();
        int scale4 = (scale + 3) / 4 * 4;
        long v = Math.abs(u) * POW10[scale4 - scale];
        int groups = 0;
        for (long x = v; x != 0; x /= 10000) {
            groups++;
        }
        int trailing = 0;
        for (long x = v; x % 10000 == 0; x /= 10000) {
            trailing++;
        }
        out.writeShort(groups - trailing);
        out.writeShort(groups - scale4 / 4 - 1);
        out.writeShort(u < 0 ? NUMERIC_NEG : NUMERIC_POS);
        out.writeShort(dscale);
        long p = POW10[4 * (groups - 1)];
        for (int i = 0; i < groups - trailing; i++) {
            out.writeShort((int) (v / p % 10000));
            p /= 10000;
        }
        return true;
    }

    /** The binary form of any non-zero finite value, through its digit string. */
    static void encodeGeneral(BigDecimal bd, int dscale, ByteSink out) {
        // align the scale to a multiple of 4 so the digits split into base-10000 groups
        int scale = Math.max(0, bd.scale());
        scale += (4 - scale % 4) % 4;
        BigInteger unscaled = bd.setScale(scale).unscaledValue().abs();
        String digits = unscaled.toString();
        int pad = (4 - digits.length() % 4) % 4;
        digits = "0".repeat(pad) + digits;
        int groups = digits.length() / 4;
        int[] g = new int[groups];
        for (int i = 0; i < groups; i++) {
            g[i] = Integer.parseInt(digits, i * 4, i * 4 + 4, 10);
        }
        int weight = groups - scale / 4 - 1;
        int first = 0;
        while (first < groups && g[first] == 0) {
            first++;
            weight--;
        }
        int last = groups;
        while (last > first && g[last - 1] == 0) {
            last--;
        }
        int ndigits = last - first;
        if (ndigits > 0xFFFF || weight > Short.MAX_VALUE || weight < Short.MIN_VALUE) {
            throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        out.writeShort(ndigits);
        out.writeShort(weight);
        out.writeShort(bd.signum() < 0 ? NUMERIC_NEG : NUMERIC_POS);
        out.writeShort(dscale);
        for (int i = first; i < last; i++) {
            out.writeShort(g[i]);
        }
    }

    @Override
    public Number decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        int i = 0;
        int n = orig.length();
        while (i < n && isSpace(orig.charAt(i))) {
            i++;
        }
        Number special = null;
        for (String[] word : SPECIAL_WORDS) {
            if (orig.regionMatches(true, i, word[0], 0, word[0].length()) && ascii(orig, i, word[0].length())) {
                special = word[1].equals("nan")
                        ? Double.NaN
                        : word[1].equals("+") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                i += word[0].length();
                break;
            }
        }
        Number result;
        if (special != null) {
            result = special;
        } else {
            int[] end = new int[1];
            result = parseDecimal(orig, i, end);
            i = end[0];
        }
        // trailing junk is reported before the storage format's range (make_result comes last)
        while (i < n) {
            if (!isSpace(orig.charAt(i))) {
                throw PgTypeException.invalidInput(sqlName, orig);
            }
            i++;
        }
        if (result instanceof OutOfRange) {
            throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return result;
    }

    /** The words numeric_in checks before digits, in its order, with what they stand for. */
    private static final String[][] SPECIAL_WORDS = {
        {"NaN", "nan"},
        {"Infinity", "+"},
        {"+Infinity", "+"},
        {"-Infinity", "-"},
        {"inf", "+"},
        {"+inf", "+"},
        {"-inf", "-"}
    };

    private static boolean ascii(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (s.charAt(k) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * PostgreSQL 15's {@code set_var_from_str}: a sign, digits with at most one decimal point, and an
     * exponent read by {@code strtol} (so whitespace may follow the {@code e}) below INT_MAX/2; then the storage
     * format's limits. Leaves where the number ended in {@code end[0]}.
     */
    /** A parsed number beyond the storage format's limits, reported once the trailing text is checked. */
    private static final class OutOfRange extends Number {
        private static final long serialVersionUID = 1L;
        static final OutOfRange INSTANCE = new OutOfRange();

        @Override
        public int intValue() {
            return 0;
        }

        @Override
        public long longValue() {
            return 0;
        }

        @Override
        public float floatValue() {
            return 0;
        }

        @Override
        public double doubleValue() {
            return 0;
        }
    }

    private static Number parseDecimal(String str, int cp, int[] end) {
        int n = str.length();
        boolean neg = false;
        if (cp < n && (str.charAt(cp) == '+' || str.charAt(cp) == '-')) {
            neg = str.charAt(cp) == '-';
            cp++;
        }
        boolean haveDp = false;
        if (cp < n && str.charAt(cp) == '.') {
            haveDp = true;
            cp++;
        }
        if (cp >= n || !isAsciiDigit(str.charAt(cp))) {
            throw PgTypeException.invalidInput("numeric", str);
        }
        StringBuilder digits = new StringBuilder();
        int dscale = 0;
        while (cp < n) {
            char c = str.charAt(cp);
            if (isAsciiDigit(c)) {
                digits.append(c);
                if (haveDp) {
                    dscale++;
                }
                cp++;
            } else if (c == '.') {
                if (haveDp) {
                    throw PgTypeException.invalidInput("numeric", str);
                }
                haveDp = true;
                cp++;
            } else {
                break;
            }
        }
        int scale = dscale;
        if (cp < n && (str.charAt(cp) == 'e' || str.charAt(cp) == 'E')) {
            cp++;
            int e = cp;
            while (e < n && isSpace(str.charAt(e))) {
                e++;
            }
            boolean eneg = false;
            if (e < n && (str.charAt(e) == '+' || str.charAt(e) == '-')) {
                eneg = str.charAt(e) == '-';
                e++;
            }
            int digitsStart = e;
            long exponent = 0;
            while (e < n && isAsciiDigit(str.charAt(e))) {
                exponent = Math.min(exponent * 10 + (str.charAt(e) - '0'), Integer.MAX_VALUE);
                e++;
            }
            if (e == digitsStart) {
                throw PgTypeException.invalidInput("numeric", str);
            }
            cp = e;
            if (exponent >= Integer.MAX_VALUE / 2) {
                throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            int exp = (int) (eneg ? -exponent : exponent);
            scale -= exp;
            dscale = Math.max(dscale - exp, 0);
        }
        end[0] = cp;
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        if (dscale > 16383 || (lead < digits.length() && (long) digits.length() - lead - scale > 131072)) {
            return OutOfRange.INSTANCE;
        }
        BigDecimal bd = new BigDecimal(new BigInteger(digits.toString()), scale);
        if (neg) {
            bd = bd.negate();
        }
        if (dscale > 16383 || (bd.signum() != 0 && (long) bd.precision() - bd.scale() > 131072)) {
            throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return bd.signum() == 0 ? BigDecimal.ZERO.setScale(dscale) : bd.setScale(dscale, RoundingMode.UNNECESSARY);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** PostgreSQL's limits: 131072 digits before the decimal point, 16383 after. */
    private static BigDecimal checkRange(BigDecimal bd) {
        if (bd.signum() != 0 && (bd.precision() - bd.scale() > 131072 || bd.scale() > 16383)) {
            throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return bd.scale() < 0 ? bd.setScale(0) : bd;
    }

    @Override
    public Number decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        if (len < 8) {
            throw PgTypeException.insufficientData();
        }
        int ndigits = readShort(buf, off) & 0xFFFF;
        int weight = readShort(buf, off + 2);
        int sign = readShort(buf, off + 4) & 0xFFFF;
        int dscale = readShort(buf, off + 6) & 0xFFFF;
        if (len != 8 + 2 * ndigits) {
            throw len < 8 + 2 * ndigits ? PgTypeException.insufficientData() : PgTypeException.badBinary();
        }
        switch (sign) {
            case NUMERIC_NAN:
                return Double.NaN;
            case NUMERIC_PINF:
                return Double.POSITIVE_INFINITY;
            case NUMERIC_NINF:
                return Double.NEGATIVE_INFINITY;
            case NUMERIC_POS, NUMERIC_NEG:
                break;
            default:
                throw new PgTypeException(
                        PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid sign in external \"numeric\" value");
        }
        if ((dscale & 0xC000) != 0) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid scale in external \"numeric\" value");
        }
        int[] groups = new int[ndigits];
        for (int i = 0; i < ndigits; i++) {
            int d = readShort(buf, off + 8 + 2 * i);
            if (d < 0 || d >= 10000) {
                throw new PgTypeException(
                        PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid digit in external \"numeric\" value");
            }
            groups[i] = d;
        }
        BigInteger acc = fromGroups(groups, 0, ndigits);
        BigDecimal bd = new BigDecimal(acc, (ndigits - 1 - weight) * 4);
        if (sign == NUMERIC_NEG) {
            bd = bd.negate();
        }
        return bd.setScale(dscale, RoundingMode.HALF_UP);
    }

    /** The base-10000 digits {@code g[from..to)} as one integer, halving so long values convert quickly. */
    private static BigInteger fromGroups(int[] g, int from, int to) {
        if (to - from <= 16) {
            BigInteger acc = BigInteger.ZERO;
            long chunk = 0;
            int inChunk = 0;
            for (int i = from; i < to; i++) {
                chunk = chunk * 10000 + g[i];
                if (++inChunk == 4) {
                    acc = acc.multiply(TEN_THOUSAND.pow(4)).add(BigInteger.valueOf(chunk));
                    chunk = 0;
                    inChunk = 0;
                }
            }
            return inChunk == 0 ? acc : acc.multiply(TEN_THOUSAND.pow(inChunk)).add(BigInteger.valueOf(chunk));
        }
        int mid = (from + to) >>> 1;
        return fromGroups(g, from, mid).multiply(TEN_THOUSAND.pow(to - mid)).add(fromGroups(g, mid, to));
    }
}

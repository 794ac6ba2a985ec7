package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

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
        out.writeAscii(bd.toPlainString());
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
        String t = trim(orig);
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!t.matches("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?")) {
            throw PgTypeException.invalidInput(sqlName, orig);
        }
        BigDecimal bd;
        try {
            bd = new BigDecimal(t);
        } catch (NumberFormatException | ArithmeticException e) {
            // the syntax was checked above, so only an exponent beyond int range gets here
            throw new PgTypeException(PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return checkRange(bd);
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
        BigInteger acc = BigInteger.ZERO;
        for (int i = 0; i < ndigits; i++) {
            int d = readShort(buf, off + 8 + 2 * i);
            if (d < 0 || d >= 10000) {
                throw new PgTypeException(
                        PgTypeException.INVALID_BINARY_REPRESENTATION, "invalid digit in external \"numeric\" value");
            }
            acc = acc.multiply(TEN_THOUSAND).add(BigInteger.valueOf(d));
        }
        BigDecimal bd = new BigDecimal(acc, (ndigits - 1 - weight) * 4);
        if (sign == NUMERIC_NEG) {
            bd = bd.negate();
        }
        return bd.setScale(dscale, RoundingMode.HALF_UP);
    }
}

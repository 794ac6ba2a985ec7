package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** {@code money}: a BigDecimal of scale 2, int8 cents on the wire, text as {@code cash_out} in the C locale. */
public final class MoneyCodec extends BaseCodec<BigDecimal> {
    /** The shared instance. */
    public static final MoneyCodec INSTANCE = new MoneyCodec();

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private MoneyCodec() {
        super("money", BigDecimal.class);
    }

    @Override
    public BigDecimal coerce(Object value) {
        BigDecimal d;
        if (value instanceof BigDecimal b) {
            d = b;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            d = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger b) {
            d = new BigDecimal(b);
        } else {
            throw PgTypeException.cannotEncode(value, sqlName);
        }
        BigDecimal r = d.setScale(2, RoundingMode.HALF_UP);
        BigInteger cents = r.unscaledValue();
        if (cents.compareTo(MIN) < 0 || cents.compareTo(MAX) > 0) {
            throw PgTypeException.outOfRange(sqlName, d.toPlainString());
        }
        return r;
    }

    private static long cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    @Override
    public void encodeText(BigDecimal value, FormatSettings s, ByteSink out) {
        long c = cents(value);
        // the magnitude as an unsigned decimal string (Long.MIN_VALUE included)
        String digits = Long.toUnsignedString(c < 0 ? -c : c);
        if (digits.length() < 3) {
            digits = "000".substring(digits.length()) + digits;
        }
        int intLen = digits.length() - 2;
        StringBuilder sb = new StringBuilder(digits.length() + 10);
        if (c < 0) {
            sb.append('-');
        }
        sb.append('$');
        for (int i = 0; i < intLen; i++) {
            if (i > 0 && (intLen - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        sb.append('.').append(digits, intLen, digits.length());
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(BigDecimal value, FormatSettings s, ByteSink out) {
        out.writeLong(cents(value));
    }

    @Override
    public BigDecimal decodeText(byte[] buf, int off, int len, FormatSettings s) {
        // cash_in with the C locale's symbols: $ . , + -
        String str = utf8(buf, off, len);
        int n = str.length();
        int i = skip(str, 0);
        if (i < n && str.charAt(i) == '$') {
            i++;
        }
        i = skip(str, i);
        boolean neg = false;
        if (i < n && (str.charAt(i) == '-' || str.charAt(i) == '(')) {
            neg = true;
            i++;
        } else if (i < n && str.charAt(i) == '+') {
            i++;
        }
        i = skip(str, i);
        if (i < n && str.charAt(i) == '$') {
            i++;
        }
        i = skip(str, i);
        long value = 0; // accumulated negatively, like PostgreSQL
        int dec = 0;
        boolean seenDot = false;
        for (; i < n; i++) {
            char c = str.charAt(i);
            if (c >= '0' && c <= '9' && (!seenDot || dec < 2)) {
                value = mulSub(value, 10, c - '0', str);
                if (seenDot) {
                    dec++;
                }
            } else if (c == '.' && !seenDot) {
                seenDot = true;
            } else if (c != ',') {
                break;
            }
        }
        if (i < n && str.charAt(i) >= '5' && str.charAt(i) <= '9') {
            value = mulSub(value, 1, 1, str);
        }
        for (; dec < 2; dec++) {
            value = mulSub(value, 10, 0, str);
        }
        while (i < n && str.charAt(i) >= '0' && str.charAt(i) <= '9') {
            i++;
        }
        while (i < n) {
            char c = str.charAt(i);
            if (isSpace(c) || c == ')' || c == '+' || c == '$') {
                i++;
            } else if (c == '-') {
                neg = true;
                i++;
            } else {
                throw PgTypeException.invalidInput(sqlName, str);
            }
        }
        if (!neg) {
            if (value == Long.MIN_VALUE) {
                throw PgTypeException.outOfRange(sqlName, str);
            }
            value = -value;
        }
        return BigDecimal.valueOf(value, 2);
    }

    private static int skip(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private long mulSub(long value, int mul, int digit, String str) {
        try {
            return Math.subtractExact(Math.multiplyExact(value, mul), digit);
        } catch (ArithmeticException e) {
            throw PgTypeException.outOfRange(sqlName, str);
        }
    }

    @Override
    public BigDecimal decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        return BigDecimal.valueOf(readLong(buf, off), 2);
    }
}

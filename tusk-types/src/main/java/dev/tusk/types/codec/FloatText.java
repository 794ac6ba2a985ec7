package dev.tusk.types.codec;

import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/** PostgreSQL 12+ float output (shortest round-trip or {@code %g}) and {@code strtod}-like input. */
final class FloatText {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private FloatText() {}

    /**
     * Formats like {@code float8out}/{@code float4out}: with {@code extraFloatDigits > 0} the shortest
     * digits that round-trip, otherwise {@code %.Ng} with N = 15 (or 6) + extraFloatDigits.
     */
    static String format(double d, boolean single, int extraFloatDigits) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0" : "0";
        }
        if (extraFloatDigits > 0) {
            return render(shortest(d, single), single ? 6 : 15, false);
        }
        int precision = Math.max(1, (single ? 6 : 15) + extraFloatDigits);
        BigDecimal bd = new BigDecimal(d).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        return render(bd, precision, true);
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * The shortest decimal strictly inside the rounding interval of {@code d} (the open interval
     * between the midpoints to its neighbours), the closest to {@code d} among those of that length;
     * this is what PostgreSQL's ryu produces. Java's own toString differs at exact ties (it accepts a
     * midpoint that rounds back by ties-to-even) and never uses a single digit, so it only seeds the
     * search.
     */
    static BigDecimal shortest(double d, boolean single) {
        double a = Math.abs(d);
        BigDecimal v = new BigDecimal(a);
        BigDecimal lo;
        BigDecimal hi;
        if (single) {
            float f = (float) a;
            lo = v.add(new BigDecimal(Math.nextDown(f))).divide(TWO);
            hi = f == Float.MAX_VALUE
                    ? v.add(v.subtract(lo))
                    : v.add(new BigDecimal(Math.nextUp(f))).divide(TWO);
        } else {
            lo = v.add(new BigDecimal(Math.nextDown(a))).divide(TWO);
            hi = a == Double.MAX_VALUE
                    ? v.add(v.subtract(lo))
                    : v.add(new BigDecimal(Math.nextUp(a))).divide(TWO);
        }
        BigDecimal result = null;
        BigDecimal one = v.round(new MathContext(1, RoundingMode.HALF_EVEN));
        if (inside(one, lo, hi)) {
            result = one;
        } else {
            BigDecimal seed =
                    new BigDecimal(single ? Float.toString((float) a) : Double.toString(a)).stripTrailingZeros();
            if (inside(seed, lo, hi)) {
                result = seed;
            } else {
                for (int len = Math.max(2, seed.precision()); len <= 17 && result == null; len++) {
                    BigDecimal c = v.round(new MathContext(len, RoundingMode.HALF_EVEN));
                    if (inside(c, lo, hi)) {
                        result = c;
                    }
                }
                if (result == null) {
                    result = v.round(new MathContext(17, RoundingMode.HALF_EVEN));
                }
            }
        }
        return d < 0 ? result.negate() : result;
    }

    private static boolean inside(BigDecimal c, BigDecimal lo, BigDecimal hi) {
        return c.compareTo(lo) > 0 && c.compareTo(hi) < 0;
    }

    /** Renders digits in fixed notation when -4 <= exponent < limit, else as d.ddde+XX. */
    private static String render(BigDecimal bd, int limit, boolean unusedPrecisionIsG) {
        bd = bd.stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        StringBuilder sb = new StringBuilder(24);
        if (bd.signum() < 0) {
            sb.append('-');
        }
        if (exp < -4 || exp >= limit) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) {
                sb.append('0');
            }
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    /**
     * Parses like {@code float8in}/{@code float4in}: surrounding whitespace, decimal or NaN/Infinity
     * spellings; overflow and underflow to zero are out of range.
     */
    static double parse(String orig, boolean single, String typeName) {
        String s = BaseCodec.trim(orig);
        String l = s.toLowerCase(Locale.ROOT);
        switch (l) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        double v = single ? Float.parseFloat(s) : Double.parseDouble(s);
        boolean underflow = v == 0 && hasNonZeroDigit(s);
        if (Double.isInfinite(v) || underflow) {
            throw new PgTypeException(
                    PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE, "\"" + s + "\" is out of range for type " + typeName);
        }
        return v;
    }

    private static boolean hasNonZeroDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}

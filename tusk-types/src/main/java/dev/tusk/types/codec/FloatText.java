package dev.tusk.types.codec;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.ByteSink;
import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** PostgreSQL 12+ float output (shortest round-trip or {@code %g}) and {@code strtod}-like input. */
final class FloatText {

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
            String fast = single ? shortestFast((float) d) : shortestFast(d);
            return fast != null ? fast : shortestExact(d, single);
        }
        int precision = Math.max(1, (single ? 6 : 15) + extraFloatDigits);
        BigDecimal bd = new BigDecimal(d).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        return render(bd, precision, true);
    }

    /**
     * Writes what {@link #format} returns; the common case (shortest round-trip digits from Java's own
     * {@code toString}) goes straight into {@code out}, without the String.
     */
    static void write(ByteSink out, double d, boolean single, int extraFloatDigits) {
        if (extraFloatDigits > 0
                && d != 0
                && !Double.isNaN(d)
                && !Double.isInfinite(d)
                && (single ? shortestFast((float) d, out) : shortestFast(d, out))) {
            return;
        }
        out.writeAscii(format(d, single, extraFloatDigits));
    }

    /** The shortest round-trip output computed exactly with BigDecimal: the reference, and the rare-case path. */
    static String shortestExact(double d, boolean single) {
        return render(shortest(d, single), single ? 6 : 15, false);
    }

    private static final long[] POW5 = new long[28];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /**
     * The shortest output from {@link Double#toString(double)}'s digits, which since JDK 19 are the shortest
     * decimal that rounds back (Giulietti's Schubfach), the closest to the value among those: what ryu gives,
     * except where Java may pick differently. Those cases return null, for {@link #shortestExact}: subnormals
     * (Java then may prefer two digits to one, and its digits may need care), {@code MAX_VALUE}, and a decimal
     * lying exactly on the rounding interval's edge (Java accepts one that rounds back by ties-to-even, ryu's
     * open interval does not; 1e23 is one).
     */
    static String shortestFast(double d) {
        ByteArraySink sink = new ByteArraySink(26);
        return shortestFast(d, sink) ? ascii(sink) : null;
    }

    /** As {@link #shortestFast(float)}, as a String or null. */
    static String shortestFast(float f) {
        ByteArraySink sink = new ByteArraySink(26);
        return shortestFast(f, sink) ? ascii(sink) : null;
    }

    private static String ascii(ByteArraySink sink) {
        return new String(sink.buffer(), 0, sink.size(), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@link #shortestFast(double)} written to {@code out}; false (and nothing written) where it returns null. */
    private static boolean shortestFast(double d, ByteSink out) {
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7FF;
        double a = Math.abs(d);
        if (biased == 0 || a == Double.MAX_VALUE) {
            return false;
        }
        long m = (bits & ((1L << 52) - 1)) | (1L << 52);
        int e2 = biased - 1075;
        boolean powerOfTwo = m == 1L << 52 && biased > 1;
        return fromJava(Double.toString(a), d < 0, m, e2, powerOfTwo, 15, out);
    }

    /** As {@link #shortestFast(double, ByteSink)} for a float, from {@link Float#toString(float)}. */
    private static boolean shortestFast(float f, ByteSink out) {
        int bits = Float.floatToRawIntBits(f);
        int biased = (bits >>> 23) & 0xFF;
        float a = Math.abs(f);
        if (biased == 0 || a == Float.MAX_VALUE) {
            return false;
        }
        long m = (bits & ((1 << 23) - 1)) | (1 << 23);
        int e2 = biased - 150;
        boolean powerOfTwo = m == 1 << 23 && biased > 1;
        return fromJava(Float.toString(a), f < 0, m, e2, powerOfTwo, 6, out);
    }

    /**
     * Reads Java's {@code toString} of a positive finite value m * 2^e2 (plain {@code 123.45} or computerized
     * {@code 1.2345E-5}) and writes its digits as PostgreSQL renders them, or returns false (writing nothing)
     * when they lie on an edge of the rounding interval.
     */
    private static boolean fromJava(
            String s, boolean negative, long m, int e2, boolean powerOfTwo, int limit, ByteSink out) {
        long c = 0;
        int scale = 0;
        boolean fraction = false;
        int exp = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char ch = s.charAt(i);
            if (ch == '.') {
                fraction = true;
            } else if (ch == 'E') {
                exp = Integer.parseInt(s, i + 1, len, 10);
                break;
            } else {
                c = c * 10 + (ch - '0');
                if (fraction) {
                    scale++;
                }
            }
        }
        int q = exp - scale;
        while (c % 10 == 0) {
            c /= 10;
            q++;
        }
        // the edges are (2m + 1) * 2^(e2 - 1) and (2m - 1) * 2^(e2 - 1), or (4m - 1) * 2^(e2 - 2) below a power of two
        if (equals(c, q, 2 * m + 1, e2 - 1)
                || (powerOfTwo ? equals(c, q, 4 * m - 1, e2 - 2) : equals(c, q, 2 * m - 1, e2 - 1))) {
            return false;
        }
        render(negative, c, q, limit, out);
        return true;
    }

    /** Whether c * 10^q == o * 2^k, for c > 0 not a multiple of 10 and o odd. */
    private static boolean equals(long c, int q, long o, int k) {
        int t = Long.numberOfTrailingZeros(c);
        long oc = c >>> t;
        if (q >= 0) {
            return t + q == k && q < POW5.length && oc <= Long.MAX_VALUE / POW5[q] && oc * POW5[q] == o;
        }
        return t == k - q && -q < POW5.length && o <= Long.MAX_VALUE / POW5[-q] && o * POW5[-q] == oc;
    }

    /**
     * Writes the decimal c * 10^q (c > 0, not a multiple of 10, at most 18 digits) as {@link #render(BigDecimal,
     * int, boolean)} renders it, digit by digit.
     */
    private static void render(boolean negative, long c, int q, int limit, ByteSink out) {
        int n = ByteSink.decimalDigits(c);
        int exp = n - 1 + q;
        if (negative) {
            out.writeByte('-');
        }
        long p = POW10[n - 1];
        if (exp < -4 || exp >= limit) {
            out.writeByte((int) ('0' + c / p));
            if (n > 1) {
                out.writeByte('.');
                writeDigits(out, c % p, p / 10);
            }
            out.writeByte('e');
            out.writeByte(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                out.writeByte('0');
            }
            out.writeDecimal(abs);
        } else if (exp < 0) {
            out.writeByte('0');
            out.writeByte('.');
            for (int i = -1; i > exp; i--) {
                out.writeByte('0');
            }
            out.writeDecimal(c);
        } else if (n <= exp + 1) {
            out.writeDecimal(c);
            for (int i = n; i <= exp; i++) {
                out.writeByte('0');
            }
        } else {
            long split = POW10[n - exp - 1];
            out.writeDecimal(c / split);
            out.writeByte('.');
            writeDigits(out, c % split, split / 10);
        }
    }

    /** Writes {@code v} with leading zeros so that its first digit has place value {@code p} (p >= 1). */
    private static void writeDigits(ByteSink out, long v, long p) {
        for (; p > 0; p /= 10) {
            out.writeByte((int) ('0' + v / p % 10));
        }
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
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
     * Parses like {@code float8in}/{@code float4in}: surrounding whitespace around what C's {@code strtod}
     * accepts (decimal, hexadecimal, inf/infinity, nan); overflow and underflow to zero are out of range.
     */
    static double parse(String orig, boolean single, String typeName) {
        if (single) {
            return parseFloat4(orig, typeName);
        }
        Prefix p = float8Prefix(orig, 0, typeName, orig);
        if (p.end() != orig.length()) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        return p.value();
    }

    /** A float read from the middle of a string and where the input continues (after trailing whitespace). */
    record Prefix(double value, int end) {}

    /**
     * PostgreSQL's {@code float8in_internal} with an end pointer: whitespace, a {@code strtod} number,
     * whitespace. Syntax errors name {@code typeName} and quote {@code orig}; out-of-range errors always say
     * {@code double precision} and quote just the number.
     */
    static Prefix float8Prefix(String s, int from, String typeName, String orig) {
        int num = skipSpaces(s, from);
        if (num == s.length()) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        CStrtod.Result r = CStrtod.parse(s, num, false);
        if (r.end() == num) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        if (r.range()) {
            throw new PgTypeException(
                    PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + s.substring(num, r.end()) + "\" is out of range for type double precision");
        }
        return new Prefix(r.value(), skipSpaces(s, r.end()));
    }

    /** PostgreSQL's {@code float4in}: {@code strtof}, and out-of-range errors quote the whole input. */
    static float parseFloat4(String orig, String typeName) {
        int num = skipSpaces(orig, 0);
        if (num == orig.length()) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        CStrtod.Result r = CStrtod.parse(orig, num, true);
        if (r.end() == num) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        if (r.range()) {
            throw new PgTypeException(
                    PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + orig + "\" is out of range for type " + typeName);
        }
        if (skipSpaces(orig, r.end()) != orig.length()) {
            throw PgTypeException.invalidInput(typeName, orig);
        }
        return r.floatValue();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && BaseCodec.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}

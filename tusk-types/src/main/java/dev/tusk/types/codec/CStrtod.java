package dev.tusk.types.codec;

/**
 * C's {@code strtod}/{@code strtof} as glibc implements them, which PostgreSQL's float input functions call:
 * an optional sign, then a decimal number with optional exponent, a hexadecimal number ({@code 0x1.8p3}),
 * {@code inf}/{@code infinity} or {@code nan}/{@code nan(chars)}, in any letter case; the longest valid prefix
 * is taken and the caller sees where it ended. Results are correctly rounded; the sign of a NaN is kept.
 */
final class CStrtod {
    private CStrtod() {}

    /**
     * The outcome of one conversion: {@code end == start} when nothing could be converted; {@code range} is
     * C's {@code ERANGE} as far as PostgreSQL cares: the value overflowed to infinity or a nonzero input
     * underflowed to zero.
     */
    record Result(double value, float floatValue, int end, boolean range) {}

    /** Converts the longest prefix of {@code s} from {@code start}; {@code single} rounds straight to float. */
    static Result parse(String s, int start, boolean single) {
        int i = start;
        int n = s.length();
        while (i < n && BaseCodec.isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (startsWithIgnoreCase(s, i, "inf")) {
            int end = startsWithIgnoreCase(s, i, "infinity") ? i + 8 : i + 3;
            return special(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, end);
        }
        if (startsWithIgnoreCase(s, i, "nan")) {
            return nan(s, i + 3, neg);
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            Result hex = hex(s, i + 2, neg, single);
            if (hex != null) {
                return hex;
            }
        }
        return decimal(s, start, i, neg, single);
    }

    private static Result special(double v, int end) {
        return new Result(v, (float) v, end, false);
    }

    /** {@code nan} or {@code nan(n-char-sequence)}; glibc puts the sequence's value into the payload. */
    private static Result nan(String s, int i, boolean neg) {
        int end = i;
        long payload = 0;
        if (i < s.length() && s.charAt(i) == '(') {
            int j = i + 1;
            while (j < s.length() && isNanChar(s.charAt(j))) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == ')') {
                end = j + 1;
                payload = nanPayload(s.substring(i + 1, j));
            }
        }
        long bits = 0x7ff8000000000000L | (payload & 0x0007ffffffffffffL) | (neg ? Long.MIN_VALUE : 0);
        int fbits = 0x7fc00000 | (int) (payload & 0x003fffffL) | (neg ? Integer.MIN_VALUE : 0);
        return new Result(Double.longBitsToDouble(bits), Float.intBitsToFloat(fbits), end, false);
    }

    private static boolean isNanChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** The sequence read as {@code strtoull(seq, &end, 0)} when all of it is a number, else 0. */
    private static long nanPayload(String seq) {
        int radix = 10;
        int k = 0;
        if (seq.length() > 1 && seq.charAt(0) == '0' && (seq.charAt(1) == 'x' || seq.charAt(1) == 'X')) {
            radix = 16;
            k = 2;
        } else if (seq.length() > 1 && seq.charAt(0) == '0') {
            radix = 8;
            k = 1;
        }
        if (k == seq.length() && radix != 8) {
            return 0;
        }
        long v = 0;
        for (; k < seq.length(); k++) {
            int d = Character.digit(seq.charAt(k), radix);
            if (d < 0 || seq.charAt(k) > 127) {
                return 0;
            }
            v = v * radix + d;
        }
        return v;
    }

    /** Hexadecimal digits after {@code 0x}, or null when none follow (then only the {@code 0} is read). */
    private static Result hex(String s, int i, boolean neg, boolean single) {
        int n = s.length();
        StringBuilder intDigits = new StringBuilder();
        StringBuilder fracDigits = new StringBuilder();
        int j = i;
        while (j < n && hexDigit(s.charAt(j)) >= 0) {
            intDigits.append(s.charAt(j++));
        }
        if (j < n && s.charAt(j) == '.') {
            int k = j + 1;
            while (k < n && hexDigit(s.charAt(k)) >= 0) {
                fracDigits.append(s.charAt(k++));
            }
            if (intDigits.length() > 0 || fracDigits.length() > 0) {
                j = k;
            }
        }
        if (intDigits.length() == 0 && fracDigits.length() == 0) {
            return null;
        }
        long exp = 0;
        if (j < n && (s.charAt(j) == 'p' || s.charAt(j) == 'P')) {
            int k = j + 1;
            boolean eneg = false;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                eneg = s.charAt(k) == '-';
                k++;
            }
            if (k < n && isDigit(s.charAt(k))) {
                while (k < n && isDigit(s.charAt(k))) {
                    exp = Math.min(exp * 10 + (s.charAt(k) - '0'), 10_000_000L);
                    k++;
                }
                if (eneg) {
                    exp = -exp;
                }
                j = k;
            }
        }
        String java = (neg ? "-0x" : "0x") + (intDigits.length() == 0 ? "0" : intDigits) + "." + fracDigits + "p" + exp;
        boolean nonZero = !(intDigits + fracDigits.toString()).chars().allMatch(c -> c == '0');
        return convert(java, nonZero, j, single);
    }

    private static Result decimal(String s, int start, int i, boolean neg, boolean single) {
        int n = s.length();
        int j = i;
        boolean digits = false;
        boolean nonZero = false;
        while (j < n && isDigit(s.charAt(j))) {
            nonZero |= s.charAt(j) != '0';
            digits = true;
            j++;
        }
        if (j < n && s.charAt(j) == '.') {
            int k = j + 1;
            boolean fracDigits = false;
            while (k < n && isDigit(s.charAt(k))) {
                nonZero |= s.charAt(k) != '0';
                fracDigits = true;
                k++;
            }
            if (digits || fracDigits) {
                digits = true;
                j = k;
            }
        }
        if (!digits) {
            return new Result(0, 0, start, false);
        }
        int mantissaEnd = j;
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(s.charAt(k))) {
                while (k < n && isDigit(s.charAt(k))) {
                    k++;
                }
                j = k;
            }
        }
        String text = (neg ? "-" : "") + s.substring(i, mantissaEnd) + clampExponent(s.substring(mantissaEnd, j));
        return convert(text, nonZero, j, single);
    }

    /** Keeps an exponent of any length within what Java's parser reads without overflowing. */
    private static String clampExponent(String e) {
        if (e.length() < 12) {
            return e;
        }
        boolean eneg = e.charAt(1) == '-';
        String digits = e.substring(e.charAt(1) == '+' || eneg ? 2 : 1).replaceFirst("^0+", "");
        if (digits.length() < 10) {
            return (eneg ? "e-" : "e") + (digits.isEmpty() ? "0" : digits);
        }
        return eneg ? "e-999999999" : "e999999999";
    }

    private static Result convert(String text, boolean nonZero, int end, boolean single) {
        if (single) {
            float f = Float.parseFloat(text);
            boolean range = Float.isInfinite(f) || (f == 0 && nonZero);
            return new Result(f, f, end, range);
        }
        double d = Double.parseDouble(text);
        boolean range = Double.isInfinite(d) || (d == 0 && nonZero);
        return new Result(d, (float) d, end, range);
    }

    private static boolean startsWithIgnoreCase(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length())
                && s.substring(i, i + word.length()).chars().allMatch(c -> c < 128);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}

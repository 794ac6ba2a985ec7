package dev.tusk.calcite.func;

/** Character-level helpers for PostgreSQL's string functions: positions count code points, as in UTF-8. */
final class Text {
    private Text() {}

    /** The code points {@code [from, to)} of {@code s}. */
    static String codePointSlice(String s, int from, int to) {
        if (from >= to) {
            return "";
        }
        int b = s.offsetByCodePoints(0, from);
        int e = s.offsetByCodePoints(b, to - from);
        return s.substring(b, e);
    }

    /** The length of {@code s} in UTF-8. */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** {@code s} without trailing spaces, as bpchar's functions see it. */
    static String stripTrailingSpaces(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        return s.substring(0, e);
    }

    /** {@code s} with the characters of {@code chars} removed from the start and/or the end. */
    static String trim(String s, String chars, boolean start, boolean end) {
        int b = 0;
        int e = s.length();
        if (start) {
            while (b < e) {
                int c = s.codePointAt(b);
                if (chars.indexOf(c) < 0) {
                    break;
                }
                b += Character.charCount(c);
            }
        }
        if (end) {
            while (e > b) {
                int c = s.codePointBefore(e);
                if (chars.indexOf(c) < 0) {
                    break;
                }
                e -= Character.charCount(c);
            }
        }
        return s.substring(b, e);
    }

    /** quote_literal: in single quotes with quotes doubled; {@code E'...'} with backslashes doubled when it has any. */
    static String quoteLiteral(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        if (s.indexOf('\\') >= 0) {
            sb.append('E');
        }
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append(c);
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }
}

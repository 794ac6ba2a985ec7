package dev.tusk.types.sqlname;

import dev.tusk.types.PgTypeException;

/** The escapes of {@code E'...'} strings and {@code U&"..."} identifiers, as PostgreSQL 15's scanner reads them. */
final class StringEscapes {
    private static final String SYNTAX_ERROR = "42601";

    private StringEscapes() {}

    /**
     * Decodes the backslash escape whose character after the backslash is at {@code p} and appends it;
     * returns the position after the escape.
     */
    static int backslash(String s, int p, StringBuilder out) {
        char c = s.charAt(p);
        switch (c) {
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'x' -> {
                int end = hexRun(s, p + 1, 2);
                if (end == p + 1) {
                    out.append('x');
                } else {
                    out.append((char) Integer.parseInt(s.substring(p + 1, end), 16));
                    return end;
                }
            }
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                if (hexRun(s, p + 1, digits) != p + 1 + digits) {
                    throw new PgTypeException(SYNTAX_ERROR, "invalid Unicode escape");
                }
                out.appendCodePoint(codePoint(s.substring(p + 1, p + 1 + digits)));
                return p + 1 + digits;
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int end = p;
                    while (end < s.length() && end < p + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) (Integer.parseInt(s.substring(p, end), 8) & 0xFF));
                    return end;
                }
                out.append(c);
            }
        }
        return p + 1;
    }

    /** Decodes the {@code \XXXX}, {@code \+XXXXXX} and {@code \\} escapes of a {@code U&"..."} identifier. */
    static String unicode(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                out.append('\\');
                i += 2;
                continue;
            }
            int start = i + 1;
            int digits = 4;
            if (start < s.length() && s.charAt(start) == '+') {
                start++;
                digits = 6;
            }
            if (hexRun(s, start, digits) != start + digits) {
                throw new PgTypeException(
                        SYNTAX_ERROR, "invalid Unicode escape", null, "Unicode escapes must be \\XXXX or \\+XXXXXX.");
            }
            int cp = Integer.parseInt(s.substring(start, start + digits), 16);
            i = start + digits;
            if (Character.isHighSurrogate((char) cp) && cp <= 0xFFFF) {
                int low = -1;
                if (i + 5 <= s.length() && s.charAt(i) == '\\' && hexRun(s, i + 1, 4) == i + 5) {
                    low = Integer.parseInt(s.substring(i + 1, i + 5), 16);
                }
                if (low < 0 || !Character.isLowSurrogate((char) low)) {
                    throw new PgTypeException(SYNTAX_ERROR, "invalid Unicode surrogate pair");
                }
                cp = Character.toCodePoint((char) cp, (char) low);
                i += 5;
            } else if (Character.isLowSurrogate((char) cp) && cp <= 0xFFFF) {
                throw new PgTypeException(SYNTAX_ERROR, "invalid Unicode surrogate pair");
            }
            out.appendCodePoint(codePoint(Integer.toHexString(cp)));
        }
        return out.toString();
    }

    private static int codePoint(String hex) {
        long cp = Long.parseLong(hex, 16);
        if (cp == 0 || cp > Character.MAX_CODE_POINT) {
            throw new PgTypeException(SYNTAX_ERROR, "invalid Unicode escape value");
        }
        return (int) cp;
    }

    private static int hexRun(String s, int p, int max) {
        int end = p;
        while (end < s.length() && end < p + max && Character.digit(s.charAt(end), 16) >= 0 && s.charAt(end) < 128) {
            end++;
        }
        return end;
    }
}

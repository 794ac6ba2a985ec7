package dev.tusk.types.sqlname;

import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL 15's identifier rules: scanner whitespace, ASCII-only downcasing, truncation to
 * {@code NAMEDATALEN - 1} bytes and {@code quote_identifier}; shared by every name parser and printer.
 */
public final class Identifiers {
    /** The longest identifier in bytes ({@code NAMEDATALEN - 1}); longer ones are truncated. */
    public static final int MAX_BYTES = 63;

    private Identifiers() {}

    /** {@code scanner_isspace}: space, tab, newline, carriage return and form feed (not vertical tab in 15). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Lowercases ASCII letters only, as {@code downcase_identifier} does in a UTF-8 database. */
    public static String downcase(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] c = s.toCharArray();
        for (; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    /** Cuts {@code s} to at most {@link #MAX_BYTES} UTF-8 bytes without splitting a character. */
    public static String truncate(String s) {
        if (s.length() * 3 <= MAX_BYTES || s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > MAX_BYTES) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /**
     * {@code quote_identifier}: {@code s} as is when it is a lower-case identifier that is not a keyword (other
     * than an unreserved one), else in double quotes with embedded quotes doubled.
     */
    public static String quote(String s) {
        boolean safe = !s.isEmpty() && ((s.charAt(0) >= 'a' && s.charAt(0) <= 'z') || s.charAt(0) == '_');
        for (int i = 0; safe && i < s.length(); i++) {
            char c = s.charAt(i);
            safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (safe) {
            SqlKeywords.Category k = SqlKeywords.category(s);
            safe = k == null || k == SqlKeywords.Category.UNRESERVED;
        }
        return safe ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    /** {@code quote_qualified_identifier}: {@code schema.name} with each part quoted as needed; no schema if null. */
    public static String quoteQualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }
}

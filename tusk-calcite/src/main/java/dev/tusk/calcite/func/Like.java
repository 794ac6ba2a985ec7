package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;

/**
 * PostgreSQL's LIKE matching (like_match.c's MatchText behaviour): {@code %} any run, {@code _} one character, the
 * escape character (backslash unless ESCAPE says otherwise) makes the next one literal; ILIKE compares lower-cased
 * characters.
 */
final class Like {
    private static final int TRUE = 1;
    private static final int FALSE = 0;
    private static final int ABORT = -1;

    private Like() {}

    /** The escape character of an ESCAPE clause: -1 for none (the empty string); 22025 for longer strings. */
    static int escape(String e) {
        if (e.isEmpty()) {
            return -1;
        }
        if (e.codePointCount(0, e.length()) != 1) {
            throw PgException.builder(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .hint("Escape string must be empty or one character.")
                    .build();
        }
        return e.codePointAt(0);
    }

    static boolean matches(String text, String pattern, int escape, boolean caseInsensitive) {
        int[] t = (caseInsensitive ? StringFunctions.lower(text) : text)
                .codePoints()
                .toArray();
        int[] p = (caseInsensitive ? StringFunctions.lower(pattern) : pattern)
                .codePoints()
                .toArray();
        if (caseInsensitive && escape >= 0) {
            escape = Character.toLowerCase(escape);
        }
        return match(t, 0, p, 0, escape) == TRUE;
    }

    private static int match(int[] t, int ti, int[] p, int pi, int escape) {
        if (p.length - pi == 1 && p[pi] == '%') {
            return TRUE;
        }
        while (ti < t.length && pi < p.length) {
            int c = p[pi];
            if (c == escape) {
                pi++;
                if (pi >= p.length) {
                    throw endsWithEscape();
                }
                if (p[pi] != t[ti]) {
                    return FALSE;
                }
            } else if (c == '%') {
                pi++;
                while (pi < p.length) {
                    if (p[pi] == '%') {
                        pi++;
                    } else if (p[pi] == '_') {
                        if (ti >= t.length) {
                            return ABORT;
                        }
                        ti++;
                        pi++;
                    } else {
                        break;
                    }
                }
                if (pi >= p.length) {
                    return TRUE;
                }
                int first;
                if (p[pi] == escape) {
                    if (pi + 1 >= p.length) {
                        throw endsWithEscape();
                    }
                    first = p[pi + 1];
                } else {
                    first = p[pi];
                }
                while (ti < t.length) {
                    if (t[ti] == first) {
                        int m = match(t, ti, p, pi, escape);
                        if (m != FALSE) {
                            return m;
                        }
                    }
                    ti++;
                }
                return ABORT;
            } else if (c == '_') {
                ti++;
                pi++;
                continue;
            } else if (c != t[ti]) {
                return FALSE;
            }
            ti++;
            pi++;
        }
        if (ti < t.length) {
            return FALSE;
        }
        while (pi < p.length && p[pi] == '%') {
            pi++;
        }
        return pi >= p.length ? TRUE : ABORT;
    }

    private static PgException endsWithEscape() {
        return new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "LIKE pattern must not end with escape character");
    }

    /**
     * similar_to_escape: a SIMILAR TO pattern as a POSIX regular expression matching the whole string ({@code %}
     * any run, {@code _} one character, the escape character quoting the next).
     */
    static String similarToRegex(String pattern, int escape) {
        StringBuilder sb = new StringBuilder("^(?:");
        boolean inBracket = false;
        int[] p = pattern.codePoints().toArray();
        for (int i = 0; i < p.length; i++) {
            int c = p[i];
            if (c == escape) {
                if (i + 1 >= p.length) {
                    throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string");
                }
                int n = p[++i];
                sb.append('\\').appendCodePoint(n);
                continue;
            }
            if (inBracket) {
                if (c == ']') {
                    inBracket = false;
                }
                if (c == '\\') {
                    sb.append('\\');
                }
                sb.appendCodePoint(c);
                continue;
            }
            switch (c) {
                case '%' -> sb.append(".*");
                case '_' -> sb.append('.');
                case '[' -> {
                    inBracket = true;
                    sb.append('[');
                }
                case '.', '^', '$', '\\' -> sb.append('\\').appendCodePoint(c);
                case '(' -> sb.append("(?:");
                default -> sb.appendCodePoint(c);
            }
        }
        return sb.append(")$").toString();
    }
}

package dev.tusk.server.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a simple-query string into statements the way PostgreSQL's lexer sees them: on top-level
 * semicolons, not inside quotes ({@code '...'}, {@code E'...'}, {@code "..."}), dollar quotes ({@code
 * $tag$...$tag$}) or comments ({@code --}, nested {@code /* *\/}). Parts that hold only whitespace and
 * comments are dropped, so {@code ";"} and {@code "-- ping"} give no statement (EmptyQueryResponse).
 */
public final class SqlSplitter {

    private SqlSplitter() {}

    /** The statements of {@code sql}, each trimmed and without its terminating semicolon. */
    public static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        int n = sql.length();
        int start = 0;
        boolean meaningful = false;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == ';') {
                add(out, sql, start, i, meaningful);
                start = i + 1;
                meaningful = false;
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = skipLineComment(sql, i);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '\'') {
                boolean escapes = i > 0
                        && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !isIdentChar(sql.charAt(i - 2)));
                i = skipQuoted(sql, i, '\'', escapes);
                meaningful = true;
            } else if (c == '"') {
                i = skipQuoted(sql, i, '"', false);
                meaningful = true;
            } else if (c == '$' && (i == 0 || !isIdentChar(sql.charAt(i - 1)))) {
                int tagEnd = dollarTagEnd(sql, i);
                if (tagEnd > 0) {
                    String tag = sql.substring(i, tagEnd + 1);
                    int close = sql.indexOf(tag, tagEnd + 1);
                    i = close < 0 ? n : close + tag.length();
                } else {
                    i++;
                }
                meaningful = true;
            } else {
                if (!Character.isWhitespace(c)) {
                    meaningful = true;
                }
                i++;
            }
        }
        add(out, sql, start, n, meaningful);
        return out;
    }

    private static void add(List<String> out, String sql, int from, int to, boolean meaningful) {
        if (meaningful) {
            out.add(sql.substring(from, to).strip());
        }
    }

    private static boolean isIdentChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int skipLineComment(String sql, int i) {
        int nl = sql.indexOf('\n', i);
        return nl < 0 ? sql.length() : nl + 1;
    }

    private static int skipBlockComment(String sql, int i) {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    private static int skipQuoted(String sql, int i, char quote, boolean backslashEscapes) {
        int n = sql.length();
        i++;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** If a dollar-quote tag ({@code $$} or {@code $name$}) starts at i, the index of its closing '$'. */
    private static int dollarTagEnd(String sql, int i) {
        int n = sql.length();
        int j = i + 1;
        if (j < n && Character.isDigit(sql.charAt(j))) {
            return -1; // $1 is a parameter, not a tag
        }
        while (j < n) {
            char c = sql.charAt(j);
            if (c == '$') {
                return j;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return -1;
            }
            j++;
        }
        return -1;
    }
}

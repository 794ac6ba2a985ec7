package dev.tusk.calcite.parser;

/** Finds the token at a position of a statement's text, for "syntax error at or near" messages. */
final class PgTokens {
    private PgTokens() {}

    /** The token starting at {@code start} (0-based): a word, a quoted string or identifier, a number or an operator. */
    static String tokenAt(String sql, int start) {
        int n = sql.length();
        int i = start;
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return "";
        }
        char c = sql.charAt(i);
        int j = i + 1;
        if (c == '\'' || c == '"') {
            while (j < n) {
                if (sql.charAt(j) == c) {
                    if (j + 1 < n && sql.charAt(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                j++;
            }
        } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
            while (j < n
                    && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                j++;
            }
        } else if ("+-*/<>=~!@#%^&|`?".indexOf(c) >= 0) {
            while (j < n && "+-*/<>=~!@#%^&|`?".indexOf(sql.charAt(j)) >= 0) {
                j++;
            }
        }
        return sql.substring(i, j);
    }
}

package dev.tusk.examples.memory.sql;

import dev.tusk.examples.memory.sql.Token.Kind;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one SQL statement into {@link Token}s as PostgreSQL's scanner does for the subset the example
 * backend understands: identifiers (folded to lower case unless double-quoted), string constants with
 * {@code ''} and E'' escapes, numbers, {@code $n} parameters, operators and comments.
 */
public final class Lexer {

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private Lexer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}, ending with an EOF token. */
    public static List<Token> tokenize(String sql) {
        Lexer lexer = new Lexer(sql);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && peek(1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
                int start = i;
                i++;
                tokens.add(new Token(Kind.STRING, readString(true, start), start + 1));
            } else if (c == '\'') {
                int start = i;
                tokens.add(new Token(Kind.STRING, readString(false, start), start + 1));
            } else if (c == '"') {
                readQuotedIdentifier();
            } else if (c == '$' && Character.isDigit(peek(1))) {
                int start = i;
                i++;
                while (i < n && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.PARAM, sql.substring(start + 1, i), start + 1));
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                readNumber();
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && isIdentPart(sql.charAt(i))) {
                    i++;
                }
                String word = sql.substring(start, i);
                tokens.add(new Token(Kind.IDENT, Token.fold(word), start + 1, word));
            } else {
                readOperator();
            }
        }
        tokens.add(new Token(Kind.EOF, "", n + 1));
    }

    private char peek(int ahead) {
        int j = i + ahead;
        return j < sql.length() ? sql.charAt(j) : '\0';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void skipBlockComment() {
        int start = i;
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                i++;
            }
        }
        throw PgException.builder(
                        SqlState.SYNTAX_ERROR,
                        "unterminated /* comment at or near \""
                                + sql.substring(start, Math.min(sql.length(), start + 2)) + "\"")
                .position(start + 1)
                .build();
    }

    /** Reads a string constant starting at the quote at i; consecutive quoted parts separated by a newline join. */
    private String readString(boolean escapes, int start) {
        StringBuilder out = new StringBuilder();
        i++; // opening quote
        while (true) {
            if (i >= sql.length()) {
                throw PgException.builder(
                                SqlState.SYNTAX_ERROR,
                                "unterminated quoted string at or near \"" + sql.substring(start) + "\"")
                        .position(start + 1)
                        .build();
            }
            char c = sql.charAt(i);
            if (c == '\'') {
                if (peek(1) == '\'') {
                    out.append('\'');
                    i += 2;
                } else {
                    i++;
                    return out.toString();
                }
            } else if (escapes && c == '\\' && i + 1 < sql.length()) {
                i++;
                out.append(unescape());
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** Decodes the escape after a backslash in E'' (i points after the backslash). */
    private String unescape() {
        char c = sql.charAt(i++);
        switch (c) {
            case 'b':
                return "\b";
            case 'f':
                return "\f";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'x': {
                int start = i;
                while (i < sql.length() && i - start < 2 && Character.digit(sql.charAt(i), 16) >= 0) {
                    i++;
                }
                return start == i ? "x" : String.valueOf((char) Integer.parseInt(sql.substring(start, i), 16));
            }
            case 'u':
            case 'U': {
                int len = c == 'u' ? 4 : 8;
                if (i + len > sql.length()) {
                    throw PgException.builder(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid Unicode escape")
                            .position(i)
                            .build();
                }
                int cp = Integer.parseInt(sql.substring(i, i + len), 16);
                i += len;
                return new String(Character.toChars(cp));
            }
            default:
                if (c >= '0' && c <= '7') {
                    int start = i - 1;
                    while (i < sql.length() && i - start < 3 && sql.charAt(i) >= '0' && sql.charAt(i) <= '7') {
                        i++;
                    }
                    return String.valueOf((char) Integer.parseInt(sql.substring(start, i), 8));
                }
                return String.valueOf(c);
        }
    }

    private void readQuotedIdentifier() {
        int start = i;
        StringBuilder out = new StringBuilder();
        i++;
        while (true) {
            if (i >= sql.length()) {
                throw PgException.builder(
                                SqlState.SYNTAX_ERROR,
                                "unterminated quoted identifier at or near \"" + sql.substring(start) + "\"")
                        .position(start + 1)
                        .build();
            }
            char c = sql.charAt(i);
            if (c == '"') {
                if (peek(1) == '"') {
                    out.append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            out.append(c);
            i++;
        }
        if (out.isEmpty()) {
            throw PgException.builder(SqlState.SYNTAX_ERROR, "zero-length delimited identifier at or near \"\"\"\"")
                    .position(start + 1)
                    .build();
        }
        tokens.add(new Token(Kind.QUOTED_IDENT, out.toString(), start + 1));
    }

    private void readNumber() {
        int start = i;
        boolean decimal = false;
        while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        if (i < sql.length() && sql.charAt(i) == '.' && peek(1) != '.') {
            decimal = true;
            i++;
            while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                i++;
            }
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int save = i;
            i++;
            if (i < sql.length() && (sql.charAt(i) == '+' || sql.charAt(i) == '-')) {
                i++;
            }
            if (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                decimal = true;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            } else {
                i = save;
            }
        }
        if (i < sql.length() && isIdentPart(sql.charAt(i))) {
            int end = i;
            while (end < sql.length() && isIdentPart(sql.charAt(end))) {
                end++;
            }
            throw PgException.builder(
                            SqlState.SYNTAX_ERROR,
                            "trailing junk after numeric literal at or near \"" + sql.substring(start, end) + "\"")
                    .position(start + 1)
                    .build();
        }
        tokens.add(new Token(decimal ? Kind.DECIMAL : Kind.INTEGER, sql.substring(start, i), start + 1));
    }

    private static final String[] TWO_CHAR_OPS = {"<=", ">=", "<>", "!=", "||", "::"};

    private void readOperator() {
        int start = i;
        for (String op : TWO_CHAR_OPS) {
            if (sql.startsWith(op, i)) {
                i += 2;
                tokens.add(new Token(Kind.OP, op, start + 1));
                return;
            }
        }
        char c = sql.charAt(i);
        if ("(),;.*+-/%=<>[]".indexOf(c) >= 0) {
            i++;
            tokens.add(new Token(Kind.OP, String.valueOf(c), start + 1));
            return;
        }
        throw PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + c + "\"")
                .position(start + 1)
                .build();
    }
}

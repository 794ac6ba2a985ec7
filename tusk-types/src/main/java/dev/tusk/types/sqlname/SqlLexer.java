package dev.tusk.types.sqlname;

import dev.tusk.types.PgTypeException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15's SQL scanner ({@code scan.l}), reduced to what a type name can contain: identifiers and
 * keywords, quoted and {@code U&} identifiers, numbers (with the "trailing junk" check), string constants,
 * comments, punctuation and operators. Tokens are read on demand, so a scanner error after a grammar error is
 * never reported, as in PostgreSQL. Not read: the {@code UESCAPE} clause after {@code U&"..."}, {@code U&'...'}
 * strings and the "trailing junk after parameter" check.
 */
final class SqlLexer {
    private static final String SYNTAX_ERROR = "42601";
    private static final String OP_CHARS = "~!@#^&|`?+-*/%<>=";
    private static final String SELF_CHARS = ",()[].;:+-*/%^<>=";

    private final String s;
    private int pos;
    private final List<SqlToken> ahead = new ArrayList<>();

    SqlLexer(String s) {
        this.s = s;
    }

    /** The token {@code n} places ahead (0 = the next one), read on demand. */
    SqlToken peek(int n) {
        while (ahead.size() <= n) {
            ahead.add(scan());
        }
        return ahead.get(n);
    }

    /** Consumes and returns the next token. */
    SqlToken next() {
        SqlToken t = peek(0);
        ahead.remove(0);
        return t;
    }

    /** {@code syntax error at or near "..."}, or {@code at end of input}. */
    static PgTypeException syntaxError(SqlToken t) {
        return t.kind() == SqlToken.Kind.EOF
                ? new PgTypeException(SYNTAX_ERROR, "syntax error at end of input")
                : new PgTypeException(SYNTAX_ERROR, "syntax error at or near \"" + t.text() + "\"");
    }

    private static PgTypeException scanError(String message, String near) {
        return new PgTypeException(SYNTAX_ERROR, message + " at or near \"" + near + "\"");
    }

    private static boolean identStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean identCont(char c) {
        return identStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private SqlToken scan() {
        skipSpaceAndComments();
        int n = s.length();
        if (pos >= n) {
            return new SqlToken(SqlToken.Kind.EOF, "", "", null);
        }
        int start = pos;
        char c = s.charAt(pos);
        char c1 = at(pos + 1);
        if ((c == 'u' || c == 'U') && c1 == '&' && at(pos + 2) == '"') {
            pos += 2;
            return quotedIdentifier(start, true);
        }
        if ((c == 'e' || c == 'E') && c1 == '\'') {
            pos++;
            return string(start, true, SqlToken.Kind.SCONST, "unterminated quoted string");
        }
        if ((c == 'n' || c == 'N') && c1 == '\'') {
            pos++;
            return string(start, false, SqlToken.Kind.SCONST, "unterminated quoted string");
        }
        if ((c == 'b' || c == 'B') && c1 == '\'') {
            pos++;
            return string(start, false, SqlToken.Kind.BCONST, "unterminated bit string literal");
        }
        if ((c == 'x' || c == 'X') && c1 == '\'') {
            pos++;
            return string(start, false, SqlToken.Kind.BCONST, "unterminated hexadecimal string literal");
        }
        if (identStart(c)) {
            while (pos < n && identCont(s.charAt(pos))) {
                pos++;
            }
            String text = s.substring(start, pos);
            SqlKeywords.Category k = SqlKeywords.category(text);
            String value = Identifiers.downcase(text);
            return new SqlToken(SqlToken.Kind.IDENT, text, k != null ? value : Identifiers.truncate(value), k);
        }
        if (c == '"') {
            return quotedIdentifier(start, false);
        }
        if (c == '\'') {
            return string(start, false, SqlToken.Kind.SCONST, "unterminated quoted string");
        }
        if (digit(c) || (c == '.' && digit(c1))) {
            return number(start);
        }
        if (c == '$') {
            return dollar(start);
        }
        if (c == '.' && c1 == '.') {
            pos += 2;
            return other(start);
        }
        if (c == ':' && (c1 == ':' || c1 == '=')) {
            pos += 2;
            return other(start);
        }
        if (OP_CHARS.indexOf(c) >= 0) {
            return operator(start);
        }
        pos++;
        return self(start);
    }

    private void skipSpaceAndComments() {
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (Identifiers.isSpace(c)) {
                pos++;
            } else if (c == '-' && at(pos + 1) == '-') {
                while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && at(pos + 1) == '*') {
                int start = pos;
                int depth = 0;
                while (true) {
                    if (pos + 1 >= n) {
                        throw scanError("unterminated /* comment", s.substring(start));
                    }
                    if (s.charAt(pos) == '/' && s.charAt(pos + 1) == '*') {
                        depth++;
                        pos += 2;
                    } else if (s.charAt(pos) == '*' && s.charAt(pos + 1) == '/') {
                        pos += 2;
                        if (--depth == 0) {
                            break;
                        }
                    } else {
                        pos++;
                    }
                }
            } else {
                return;
            }
        }
    }

    private SqlToken self(int start) {
        String text = s.substring(start, pos);
        SqlToken.Kind k =
                switch (text) {
                    case "." -> SqlToken.Kind.DOT;
                    case "," -> SqlToken.Kind.COMMA;
                    case "(" -> SqlToken.Kind.LPAREN;
                    case ")" -> SqlToken.Kind.RPAREN;
                    case "[" -> SqlToken.Kind.LBRACKET;
                    case "]" -> SqlToken.Kind.RBRACKET;
                    case "-" -> SqlToken.Kind.MINUS;
                    default -> SqlToken.Kind.OTHER;
                };
        return new SqlToken(k, text, text, null);
    }

    private SqlToken other(int start) {
        String text = s.substring(start, pos);
        return new SqlToken(SqlToken.Kind.OTHER, text, text, null);
    }

    /** An operator: the longest run of operator characters, cut at a comment start, minus trailing +/-. */
    private SqlToken operator(int start) {
        int n = s.length();
        int end = start;
        while (end < n && OP_CHARS.indexOf(s.charAt(end)) >= 0) {
            if (end > start
                    && ((s.charAt(end) == '-' && s.charAt(end - 1) == '-')
                            || (s.charAt(end) == '*' && s.charAt(end - 1) == '/'))) {
                end--;
                break;
            }
            end++;
        }
        int len = end - start;
        if (len > 1 && (s.charAt(end - 1) == '+' || s.charAt(end - 1) == '-')) {
            boolean special = false;
            for (int i = start; i < end - 1; i++) {
                if ("~!@#^&|`?%".indexOf(s.charAt(i)) >= 0) {
                    special = true;
                }
            }
            if (!special) {
                while (len > 1 && (s.charAt(start + len - 1) == '+' || s.charAt(start + len - 1) == '-')) {
                    len--;
                }
            }
        }
        pos = start + len;
        if (len == 1 && SELF_CHARS.indexOf(s.charAt(start)) >= 0) {
            return self(start);
        }
        return other(start);
    }

    private SqlToken number(int start) {
        int n = s.length();
        boolean real = false;
        while (pos < n && digit(s.charAt(pos))) {
            pos++;
        }
        if (at(pos) == '.' && at(pos + 1) == '.') {
            // "1..": the integer, then the ".." token
            return integer(start);
        }
        if (at(pos) == '.') {
            real = true;
            pos++;
            while (pos < n && digit(s.charAt(pos))) {
                pos++;
            }
        }
        if (at(pos) == 'e' || at(pos) == 'E') {
            int e = pos + 1;
            if (at(e) == '+' || at(e) == '-') {
                e++;
            }
            if (!digit(at(e))) {
                pos = e;
                throw scanError("trailing junk after numeric literal", s.substring(start, pos));
            }
            real = true;
            pos = e;
            while (pos < n && digit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < n && identStart(s.charAt(pos))) {
            while (pos < n && identCont(s.charAt(pos))) {
                pos++;
            }
            throw scanError("trailing junk after numeric literal", s.substring(start, pos));
        }
        if (real) {
            String text = s.substring(start, pos);
            return new SqlToken(SqlToken.Kind.FCONST, text, text, null);
        }
        return integer(start);
    }

    /** An integer constant, or a float constant when it does not fit in 32 bits, as in {@code process_integer_literal}. */
    private SqlToken integer(int start) {
        String text = s.substring(start, pos);
        boolean fits;
        try {
            fits = Long.parseLong(text) <= Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            fits = false;
        }
        if (!fits) {
            return new SqlToken(SqlToken.Kind.FCONST, text, text, null);
        }
        return new SqlToken(SqlToken.Kind.ICONST, text, Long.toString(Long.parseLong(text)), null);
    }

    private SqlToken quotedIdentifier(int start, boolean unicode) {
        int n = s.length();
        StringBuilder sb = new StringBuilder();
        pos++; // the opening quote
        while (true) {
            if (pos >= n) {
                throw scanError("unterminated quoted identifier", s.substring(start));
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                if (at(pos) == '"') {
                    sb.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                sb.append(c);
            }
        }
        if (sb.isEmpty()) {
            throw scanError("zero-length delimited identifier", s.substring(start, pos));
        }
        String value = unicode ? StringEscapes.unicode(sb.toString()) : sb.toString();
        return new SqlToken(SqlToken.Kind.IDENT, s.substring(start, pos), Identifiers.truncate(value), null);
    }

    private SqlToken string(int start, boolean escapes, SqlToken.Kind kind, String unterminated) {
        int n = s.length();
        StringBuilder sb = new StringBuilder();
        pos++; // the opening quote
        while (true) {
            if (pos >= n) {
                throw scanError(unterminated, s.substring(start));
            }
            char c = s.charAt(pos++);
            if (c == '\'') {
                if (at(pos) == '\'') {
                    sb.append('\'');
                    pos++;
                } else {
                    break;
                }
            } else if (c == '\\' && escapes && pos < n) {
                pos = StringEscapes.backslash(s, pos, sb);
            } else {
                sb.append(c);
            }
        }
        return new SqlToken(kind, s.substring(start, pos), sb.toString(), null);
    }

    /** {@code $1} parameters, {@code $tag$...$tag$} strings, or a lone {@code $}. */
    private SqlToken dollar(int start) {
        int n = s.length();
        pos++;
        if (digit(at(pos))) {
            while (pos < n && digit(s.charAt(pos))) {
                pos++;
            }
            return other(start);
        }
        int tagEnd = pos;
        if (at(tagEnd) != '$') {
            if (!identStart(at(tagEnd))) {
                return other(start);
            }
            while (tagEnd < n && identCont(s.charAt(tagEnd)) && s.charAt(tagEnd) != '$') {
                tagEnd++;
            }
            if (at(tagEnd) != '$') {
                return other(start);
            }
        }
        String tag = s.substring(start, tagEnd + 1);
        int close = s.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            throw scanError("unterminated dollar-quoted string", s.substring(start));
        }
        pos = close + tag.length();
        return new SqlToken(SqlToken.Kind.SCONST, s.substring(start, pos), s.substring(tagEnd + 1, close), null);
    }
}

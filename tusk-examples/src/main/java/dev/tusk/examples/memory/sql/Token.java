package dev.tusk.examples.memory.sql;

/**
 * One lexical token with its 1-based character position in the statement (for error positions).
 *
 * @param kind what the token is
 * @param text the identifier (lower-cased unless quoted), the string's value, the number's digits, the
 *     parameter number or the operator
 * @param position 1-based position of the token's first character
 * @param raw the token as written, for error messages
 */
public record Token(Kind kind, String text, int position, String raw) {

    /** A token written as its text. */
    public Token(Kind kind, String text, int position) {
        this(kind, text, position, text);
    }

    /** The kinds of token the lexer produces. */
    public enum Kind {
        /** An unquoted identifier or keyword, lower-cased. */
        IDENT,
        /** A double-quoted identifier, case kept. */
        QUOTED_IDENT,
        /** A string constant ('...' or E'...'), unescaped. */
        STRING,
        /** An integer constant. */
        INTEGER,
        /** A constant with a decimal point or exponent. */
        DECIMAL,
        /** A positional parameter $n; text is n. */
        PARAM,
        /** An operator or punctuation: ( ) , ; . * + - / % = < > <= >= <> != || :: [ ]. */
        OP,
        /** The end of the statement. */
        EOF
    }

    /** Whether this is the unquoted keyword {@code word} (given in lower case). */
    public boolean is(String word) {
        return kind == Kind.IDENT && text.equals(word);
    }

    /** Whether this is the operator or punctuation {@code op}. */
    public boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /** The token as PostgreSQL quotes it in {@code syntax error at or near "..."}. */
    public String display() {
        return switch (kind) {
            case STRING -> "'" + text.replace("'", "''") + "'";
            case QUOTED_IDENT -> "\"" + text + "\"";
            case PARAM -> "$" + text;
            default -> raw;
        };
    }

    /**
     * Folds an unquoted identifier as PostgreSQL's downcase_identifier does in a UTF-8 database: ASCII A-Z
     * become a-z, every other character is kept (so no locale, Turkish or otherwise, can change a name).
     */
    public static String fold(String identifier) {
        StringBuilder b = null;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(identifier);
                }
                b.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return b == null ? identifier : b.toString();
    }
}

package dev.tusk.types.sqlname;

/**
 * One token of PostgreSQL's SQL scanner as the type-name grammar sees it.
 *
 * @param kind what sort of token it is
 * @param text the source text, as PostgreSQL quotes it in {@code syntax error at or near "..."}
 * @param value the identifier after downcasing and truncation, the keyword in lower case, the string
 *     constant's value, or the number's text
 * @param keyword the keyword category of an unquoted identifier that is a keyword, else null
 */
record SqlToken(Kind kind, String text, String value, SqlKeywords.Category keyword) {
    /** Token kinds; punctuation and operators are all {@link #OTHER} except the few the grammar uses. */
    enum Kind {
        IDENT,
        ICONST,
        FCONST,
        SCONST,
        /** A bit-string or hex-string constant ({@code B'01'}, {@code X'1F'}). */
        BCONST,
        DOT,
        COMMA,
        LPAREN,
        RPAREN,
        LBRACKET,
        RBRACKET,
        MINUS,
        OTHER,
        EOF
    }

    /** True for an unquoted identifier that is the keyword {@code word}. */
    boolean isKeyword(String word) {
        return kind == Kind.IDENT && keyword != null && value.equals(word);
    }
}

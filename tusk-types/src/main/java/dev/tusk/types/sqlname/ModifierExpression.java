package dev.tusk.types.sqlname;

import dev.tusk.types.sqlname.SqlKeywords.Category;
import dev.tusk.types.sqlname.SqlToken.Kind;
import java.util.Set;

/**
 * One type modifier expression inside {@code name(...)}: recognises what {@code typenameTypeMod} accepts
 * (a constant, possibly negated or parenthesised, or a lone identifier) and skips any other expression up to
 * the next {@code ,} or {@code )} at its level, which it reports as not simple. Unlike PostgreSQL it does not
 * parse those other expressions, so a malformed one (say {@code 1 +}) is reported as not simple rather than as a
 * syntax error.
 */
final class ModifierExpression {
    /** Reserved keywords that can start an expression, so they are not a syntax error where a modifier goes. */
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of(
            "null",
            "true",
            "false",
            "not",
            "case",
            "cast",
            "array",
            "current_date",
            "current_time",
            "current_timestamp",
            "current_user",
            "current_role",
            "current_catalog",
            "session_user",
            "user",
            "localtime",
            "localtimestamp");

    private final SqlLexer lex;
    private int depth;

    ModifierExpression(SqlLexer lex) {
        this.lex = lex;
    }

    /** A parsed constant or identifier: its text and whether unary minus folds into it. */
    private record Value(String text, boolean numeric) {}

    /** Parses the expression, leaving the {@code ,} or {@code )} after it unread. */
    TypeNameSpec.Modifier parse() {
        SqlToken first = lex.peek(0);
        if (first.kind() == Kind.COMMA || first.kind() == Kind.RPAREN || first.kind() == Kind.EOF) {
            throw SqlLexer.syntaxError(first);
        }
        Value v = simple();
        Kind after = lex.peek(0).kind();
        if (v != null && depth == 0 && (after == Kind.COMMA || after == Kind.RPAREN)) {
            return new TypeNameSpec.Modifier(v.text());
        }
        skipRest();
        return TypeNameSpec.Modifier.COMPLEX;
    }

    /** A constant, {@code -} simple, {@code (} simple {@code )} or an identifier; null (tokens may be read) otherwise. */
    private Value simple() {
        SqlToken t = lex.peek(0);
        switch (t.kind()) {
            case MINUS -> {
                lex.next();
                Value v = simple();
                if (v == null || !v.numeric()) {
                    return null;
                }
                String s = v.text();
                return new Value(s.startsWith("-") ? s.substring(1) : "-" + s, true);
            }
            case ICONST, FCONST -> {
                lex.next();
                return new Value(t.value(), true);
            }
            case SCONST -> {
                lex.next();
                return new Value(t.value(), false);
            }
            case LPAREN -> {
                lex.next();
                depth++;
                Value v = simple();
                if (v == null || lex.peek(0).kind() != Kind.RPAREN) {
                    return null;
                }
                lex.next();
                depth--;
                return v;
            }
            case IDENT -> {
                return identifier(t);
            }
            default -> {
                return null;
            }
        }
    }

    private Value identifier(SqlToken t) {
        Category k = t.keyword();
        if (k == Category.RESERVED) {
            if (!EXPRESSION_KEYWORDS.contains(t.value())) {
                throw SqlLexer.syntaxError(t);
            }
            return null;
        }
        Kind next = lex.peek(1).kind();
        if (next == Kind.DOT || next == Kind.LPAREN) {
            return null;
        }
        lex.next();
        if (k == Category.TYPE_FUNC_NAME) {
            // a function name that is not called is no expression
            throw SqlLexer.syntaxError(lex.peek(0));
        }
        return new Value(t.value(), false);
    }

    /** Skips to the {@code ,} or {@code )} that ends this expression. */
    private void skipRest() {
        while (true) {
            SqlToken t = lex.peek(0);
            switch (t.kind()) {
                case EOF -> throw SqlLexer.syntaxError(t);
                case LPAREN, LBRACKET -> depth++;
                case RPAREN, RBRACKET -> {
                    if (depth == 0) {
                        if (t.kind() == Kind.RPAREN) {
                            return;
                        }
                        throw SqlLexer.syntaxError(t);
                    }
                    depth--;
                }
                case COMMA -> {
                    if (depth == 0) {
                        return;
                    }
                }
                default -> {}
            }
            lex.next();
        }
    }
}

package dev.tusk.examples.memory.sql;

import java.util.List;

/** A parsed scalar expression; every node keeps the 1-based position of its first token. */
public sealed interface Expr {

    /** Where the expression starts in the statement text. */
    int position();

    /** The kinds of constant the lexer distinguishes. */
    enum LiteralKind {
        /** An integer constant: int4, int8 or numeric depending on its size. */
        INTEGER,
        /** A constant with a decimal point or exponent: numeric. */
        DECIMAL,
        /** A quoted string: type unknown until context decides (text by default). */
        STRING,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** NULL. */
        NULL
    }

    /** A constant; {@code text} is the digits, the string, "true"/"false", or null for NULL. */
    record Literal(LiteralKind kind, String text, int position) implements Expr {}

    /** A positional parameter {@code $n} (1-based). */
    record Param(int number, int position) implements Expr {}

    /** A column reference, optionally qualified by a table name or alias. */
    record ColumnRef(String table, String name, int position) implements Expr {}

    /** {@code expr::type} or {@code CAST(expr AS type)}. */
    record Cast(Expr expr, TypeName type, int position) implements Expr {}

    /** A binary operator: arithmetic, comparison, {@code ||}, AND, OR. */
    record Binary(String op, Expr left, Expr right, int position) implements Expr {}

    /** A unary operator: {@code -}, {@code +} or NOT. */
    record Unary(String op, Expr operand, int position) implements Expr {}

    /** {@code expr IS [NOT] NULL}. */
    record IsNull(Expr expr, boolean negated, int position) implements Expr {}

    /** A function call; {@code star} for {@code count(*)}. */
    record FuncCall(String name, List<Expr> args, boolean star, int position) implements Expr {
        public FuncCall {
            args = List.copyOf(args);
        }
    }
}

package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;

/** The name PostgreSQL gives a result column without an alias (its FigureColname rules). */
final class ColumnNames {

    private ColumnNames() {}

    /** The column name for an expression: the column's, the function's, a cast's type, or ?column?. */
    static String of(Expr e) {
        String name = figure(e);
        return name == null ? "?column?" : name;
    }

    /** Strong names (columns, functions) win over a cast's type name; null when there is none. */
    private static String figure(Expr e) {
        return switch (e) {
            case Expr.ColumnRef c -> c.name();
            case Expr.FuncCall f -> f.name();
            case Expr.Cast c -> {
                String inner = strong(c.expr());
                yield inner != null ? inner : c.type().name();
            }
            case Expr.Literal l when l.kind() == Expr.LiteralKind.BOOLEAN -> "bool";
            default -> null;
        };
    }

    private static String strong(Expr e) {
        return switch (e) {
            case Expr.ColumnRef c -> c.name();
            case Expr.FuncCall f -> f.name();
            case Expr.Cast c -> strong(c.expr());
            default -> null;
        };
    }
}

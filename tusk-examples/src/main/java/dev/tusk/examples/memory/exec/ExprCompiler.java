package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Type-checks expressions against a {@link Scope} and turns them into {@link Compiled} closures, inferring
 * parameter types from their context as PostgreSQL does (a parameter compared with a column takes the
 * column's type, a cast parameter the cast's type).
 */
public final class ExprCompiler {

    private final Scope scope;
    private final ParamTypes params;

    /** A compiler for expressions over {@code scope}, recording parameter types in {@code params}. */
    public ExprCompiler(Scope scope, ParamTypes params) {
        this.scope = scope;
        this.params = params;
    }

    /** The parameter types being inferred. */
    public ParamTypes params() {
        return params;
    }

    /** The scope expressions are compiled against. */
    public Scope scope() {
        return scope;
    }

    /** Compiles an expression with no type expected from the context. */
    public Compiled compile(Expr e) {
        return compile(e, null);
    }

    /**
     * Compiles an expression; {@code expected} is the type the context wants (a column's type, a cast's
     * target), used to type parameters, or null.
     */
    public Compiled compile(Expr e, PgType expected) {
        return switch (e) {
            case Expr.Literal lit -> literal(lit);
            case Expr.Param p -> param(p, expected);
            case Expr.ColumnRef c -> column(c);
            case Expr.Cast c -> cast(c);
            case Expr.Unary u -> unary(u);
            case Expr.IsNull n -> isNull(n);
            case Expr.Binary b -> binary(b);
            case Expr.FuncCall f -> Functions.compile(f, this);
        };
    }

    /** Compiles an expression and converts it to {@code target} as an assignment (INSERT, UPDATE) does. */
    public Compiled assignment(Expr e, PgType target, int typmod, String columnName) {
        Compiled c = compile(e, target);
        PgType from = c.type();
        boolean compatible = from.oid() == target.oid()
                || Types.isUnknown(from)
                || Types.isString(target)
                || (Types.numericRank(from) >= 0 && Types.numericRank(target) >= 0);
        if (!compatible) {
            throw PgException.builder(
                            SqlState.DATATYPE_MISMATCH,
                            "column \"" + columnName + "\" is of type " + target.formatType()
                                    + " but expression is of type " + from.formatType())
                    .hint("You will need to rewrite or cast the expression.")
                    .position(e.position())
                    .build();
        }
        return castTo(c, target, typmod);
    }

    /** A node converting {@code c}'s values to {@code to} (no-op when already of that type and typmod). */
    public static Compiled castTo(Compiled c, PgType to, int typmod) {
        if (c.type().oid() == to.oid() && (typmod < 0 || typmod == c.typmod())) {
            return c;
        }
        PgType from = c.type();
        return new Compiled(
                to, typmod, (row, cx) -> Values.cast(c.eval(row, cx), from, to, typmod, cx.formatSettings()));
    }

    /** Requires a boolean expression (WHERE, AND, OR, NOT), casting unknown literals. */
    public Compiled bool(Expr e, String clause) {
        Compiled c = compile(e, BuiltinTypes.BOOL);
        if (Types.isUnknown(c.type())) {
            return castTo(c, BuiltinTypes.BOOL, -1);
        }
        if (c.type().oid() != BuiltinTypes.BOOL.oid()) {
            throw PgException.builder(
                            SqlState.DATATYPE_MISMATCH,
                            "argument of " + clause + " must be type boolean, not type "
                                    + c.type().formatType())
                    .position(e.position())
                    .build();
        }
        return c;
    }

    private Compiled literal(Expr.Literal lit) {
        return switch (lit.kind()) {
            case NULL -> Compiled.constant(BuiltinTypes.UNKNOWN, null);
            case BOOLEAN -> Compiled.constant(BuiltinTypes.BOOL, lit.text().equals("true"));
            case STRING -> Compiled.constant(BuiltinTypes.UNKNOWN, lit.text());
            case DECIMAL -> Compiled.constant(BuiltinTypes.NUMERIC, new BigDecimal(lit.text()));
            case INTEGER -> {
                BigInteger v = new BigInteger(lit.text());
                if (v.bitLength() <= 31) {
                    yield Compiled.constant(BuiltinTypes.INT4, v.intValue());
                } else if (v.bitLength() <= 63) {
                    yield Compiled.constant(BuiltinTypes.INT8, v.longValue());
                }
                yield Compiled.constant(BuiltinTypes.NUMERIC, new BigDecimal(v));
            }
        };
    }

    private Compiled param(Expr.Param p, PgType expected) {
        PgType t = params.infer(p.number(), expected);
        int index = p.number() - 1;
        PgType type = t == null ? BuiltinTypes.UNKNOWN : t;
        return new Compiled(type, -1, (row, cx) -> {
            if (index >= cx.parameters().size()) {
                throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $" + (index + 1));
            }
            Object v = cx.parameters().value(index);
            return Types.isUnknown(type) || v == null ? v : type.codec().coerce(v);
        });
    }

    private Compiled column(Expr.ColumnRef c) {
        int index = scope.resolve(c.table(), c.name(), c.position());
        Scope.Slot slot = scope.slots().get(index);
        return new Compiled(slot.type(), slot.typmod(), (row, cx) -> row[index]);
    }

    private Compiled cast(Expr.Cast c) {
        PgType to = Types.resolve(c.type());
        int typmod = Types.typmod(c.type());
        if (c.type().name().equals("bpchar") && c.type().length() < 0) {
            typmod = -1; // a cast to bpchar without length keeps the value's length
        }
        Compiled inner = compile(c.expr(), to);
        return castTo(inner, to, typmod);
    }

    private Compiled unary(Expr.Unary u) {
        if (u.op().equals("not")) {
            Compiled b = bool(u.operand(), "NOT");
            return new Compiled(BuiltinTypes.BOOL, -1, (row, cx) -> {
                Object v = b.eval(row, cx);
                return v == null ? null : !(Boolean) v;
            });
        }
        Compiled x = compile(u.operand());
        if (Types.isUnknown(x.type())) {
            x = castTo(x, BuiltinTypes.NUMERIC, -1);
        }
        if (Types.numericRank(x.type()) < 0) {
            throw Operators.noOperator(u.op(), null, x.type(), u.position());
        }
        if (u.op().equals("+")) {
            return x;
        }
        Compiled operand = x;
        PgType t = x.type();
        return new Compiled(t, -1, (row, cx) -> Operators.negate(operand.eval(row, cx), t));
    }

    private Compiled isNull(Expr.IsNull n) {
        Compiled x = compile(n.expr());
        boolean negated = n.negated();
        return new Compiled(BuiltinTypes.BOOL, -1, (row, cx) -> (x.eval(row, cx) == null) != negated);
    }

    private Compiled binary(Expr.Binary b) {
        if (b.op().equals("and") || b.op().equals("or")) {
            Compiled l = bool(b.left(), b.op().toUpperCase(java.util.Locale.ROOT));
            Compiled r = bool(b.right(), b.op().toUpperCase(java.util.Locale.ROOT));
            return b.op().equals("and") ? Operators.and(l, r) : Operators.or(l, r);
        }
        Compiled l;
        Compiled r;
        if (b.left() instanceof Expr.Param && !(b.right() instanceof Expr.Param)) {
            r = compile(b.right());
            l = compile(b.left(), Types.resultType(r.type()));
        } else {
            l = compile(b.left());
            r = compile(b.right(), Types.isUnknown(l.type()) ? null : l.type());
        }
        if (b.op().equals("||")) {
            return Operators.concat(l, r);
        }
        return switch (b.op()) {
            case "+", "-", "*", "/", "%" -> Operators.arithmetic(b.op(), l, r, b.position());
            default -> Operators.comparison(b.op(), l, r, b.position());
        };
    }
}

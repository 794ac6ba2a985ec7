package dev.tusk.examples.memory.exec;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** PostgreSQL's operators on the example backend's types: arithmetic, comparison, {@code ||}, AND, OR. */
final class Operators {

    private Operators() {}

    /** 42883 {@code operator does not exist: integer + text}. */
    static PgException noOperator(String op, PgType left, PgType right, int position) {
        String sig = (left == null ? "" : left.formatType() + " ") + op + " " + right.formatType();
        return PgException.builder(SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + sig)
                .hint("No operator matches the given name and argument types. You might need to add explicit type"
                        + " casts.")
                .position(position)
                .build();
    }

    static Compiled and(Compiled l, Compiled r) {
        return new Compiled(BuiltinTypes.BOOL, -1, (row, cx) -> {
            Object a = l.eval(row, cx);
            if (Boolean.FALSE.equals(a)) {
                return false;
            }
            Object b = r.eval(row, cx);
            if (Boolean.FALSE.equals(b)) {
                return false;
            }
            return a == null || b == null ? null : Boolean.TRUE;
        });
    }

    static Compiled or(Compiled l, Compiled r) {
        return new Compiled(BuiltinTypes.BOOL, -1, (row, cx) -> {
            Object a = l.eval(row, cx);
            if (Boolean.TRUE.equals(a)) {
                return true;
            }
            Object b = r.eval(row, cx);
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            return a == null || b == null ? null : Boolean.FALSE;
        });
    }

    static Compiled concat(Compiled l, Compiled r) {
        PgType lt = l.type();
        PgType rt = r.type();
        return new Compiled(BuiltinTypes.TEXT, -1, (row, cx) -> {
            Object a = l.eval(row, cx);
            Object b = r.eval(row, cx);
            if (a == null || b == null) {
                return null;
            }
            return Values.text(a, lt, cx.formatSettings()) + Values.text(b, rt, cx.formatSettings());
        });
    }

    /** The common type two operands are compared or combined in, with unknown literals adopting the other side's. */
    private static PgType common(String op, PgType l, PgType r, int position, boolean numericOnly) {
        if (Types.isUnknown(l) && Types.isUnknown(r)) {
            return numericOnly ? null : BuiltinTypes.TEXT;
        }
        if (Types.isUnknown(l)) {
            return r;
        }
        if (Types.isUnknown(r)) {
            return l;
        }
        int lr = Types.numericRank(l);
        int rr = Types.numericRank(r);
        if (lr >= 0 && rr >= 0) {
            return lr >= rr ? l : r;
        }
        if (!numericOnly) {
            if (Types.isString(l) && Types.isString(r)) {
                return BuiltinTypes.TEXT;
            }
            if (l.oid() == r.oid()) {
                return l;
            }
            if (isTimestamp(l) && isTimestamp(r)) {
                return BuiltinTypes.TIMESTAMPTZ;
            }
        }
        throw noOperator(op, l, r, position);
    }

    private static boolean isTimestamp(PgType t) {
        return t.oid() == BuiltinTypes.TIMESTAMPTZ.oid()
                || t.oid() == BuiltinTypes.TIMESTAMP.oid()
                || t.oid() == BuiltinTypes.DATE.oid();
    }

    static Compiled comparison(String op, Compiled l, Compiled r, int position) {
        PgType t = common(op, l.type(), r.type(), position, false);
        Compiled a = ExprCompiler.castTo(l, t, -1);
        Compiled b = ExprCompiler.castTo(r, t, -1);
        return new Compiled(BuiltinTypes.BOOL, -1, (row, cx) -> {
            Object x = a.eval(row, cx);
            Object y = b.eval(row, cx);
            if (x == null || y == null) {
                return null;
            }
            int c = Values.compare(x, y);
            return switch (op) {
                case "=" -> c == 0;
                case "<>" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        });
    }

    static Compiled arithmetic(String op, Compiled l, Compiled r, int position) {
        PgType t = common(op, l.type(), r.type(), position, true);
        if (t == null || Types.numericRank(t) < 0) {
            throw noOperator(op, l.type(), r.type(), position);
        }
        Compiled a = ExprCompiler.castTo(l, t, -1);
        Compiled b = ExprCompiler.castTo(r, t, -1);
        return new Compiled(t, -1, (row, cx) -> {
            Object x = a.eval(row, cx);
            Object y = b.eval(row, cx);
            if (x == null || y == null) {
                return null;
            }
            return apply(op, (Number) x, (Number) y, t);
        });
    }

    private static Object apply(String op, Number x, Number y, PgType t) {
        int rank = Types.numericRank(t);
        if (rank <= 2) {
            long a = x.longValue();
            long b = y.longValue();
            if ((op.equals("/") || op.equals("%")) && b == 0) {
                throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
            }
            long v;
            try {
                v = switch (op) {
                    case "+" -> Math.addExact(a, b);
                    case "-" -> Math.subtractExact(a, b);
                    case "*" -> Math.multiplyExact(a, b);
                    case "/" -> {
                        if (a == Long.MIN_VALUE && b == -1) {
                            throw new ArithmeticException();
                        }
                        yield a / b;
                    }
                    default -> b == -1 ? 0 : a % b;
                };
            } catch (ArithmeticException e) {
                throw Values.outOfRange(t);
            }
            return Values.number(v, t);
        }
        if (rank == 3) {
            BigDecimal a = Values.decimal(x);
            BigDecimal b = Values.decimal(y);
            if ((op.equals("/") || op.equals("%")) && b.signum() == 0) {
                throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
            }
            return switch (op) {
                case "+" -> a.add(b);
                case "-" -> a.subtract(b);
                case "*" -> a.multiply(b);
                case "/" -> divide(a, b);
                default -> a.remainder(b);
            };
        }
        double a = x.doubleValue();
        double b = y.doubleValue();
        if (op.equals("/") && b == 0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        double v =
                switch (op) {
                    case "+" -> a + b;
                    case "-" -> a - b;
                    case "*" -> a * b;
                    case "/" -> a / b;
                    default -> throw noOperator(op, t, t, 0);
                };
        if (Double.isInfinite(v) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        return Values.number(v, t);
    }

    /** Numeric division with PostgreSQL's minimum of 16 significant digits and at least the inputs' scale. */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        int weight = (a.precision() - a.scale()) - (b.precision() - b.scale());
        int scale = Math.max(Math.max(a.scale(), b.scale()), Math.max(0, 16 - weight));
        return a.divide(b, Math.min(scale, 1000), RoundingMode.HALF_UP);
    }

    static Object negate(Object v, PgType t) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case Short s -> Values.number(-(long) s, t);
            case Integer i -> Values.number(-(long) i, t);
            case Long l -> {
                if (l == Long.MIN_VALUE) {
                    throw Values.outOfRange(t);
                }
                yield -l;
            }
            case BigDecimal d -> d.negate();
            case Float f -> -f;
            case Double d -> -d;
            default -> throw noOperator("-", null, t, 0);
        };
    }
}

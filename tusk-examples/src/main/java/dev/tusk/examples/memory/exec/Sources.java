package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;
import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.store.TableData;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Where a SELECT's rows come from: a table version, generate_series (lazily), or one empty row. */
final class Sources {

    private Sources() {}

    /** A row source: the scope its rows have and, per execution, the rows. */
    interface Source {
        /** The columns of the rows. */
        Scope scope();

        /** The rows, produced lazily. */
        Iterator<Object[]> rows(EvalContext cx);
    }

    /** The table as the transaction sees it; 42P01 with the position when it does not exist. */
    static TableData table(Transaction tx, Statement.TableRef ref) {
        TableData t = tx.table(ref.name());
        if (t == null) {
            throw PgException.builder(SqlState.UNDEFINED_TABLE, "relation \"" + ref.name() + "\" does not exist")
                    .position(ref.position())
                    .build();
        }
        return t;
    }

    /** A table's rows: the version current when the plan was made, streamed without copying. */
    static Source table(TableData data, String alias) {
        Scope scope = Scope.of(data.def(), alias);
        return new Source() {
            @Override
            public Scope scope() {
                return scope;
            }

            @Override
            public Iterator<Object[]> rows(EvalContext cx) {
                return data.rows().iterator();
            }
        };
    }

    /** The single empty row of a SELECT without FROM. */
    static Source single() {
        return new Source() {
            @Override
            public Scope scope() {
                return Scope.EMPTY;
            }

            @Override
            public Iterator<Object[]> rows(EvalContext cx) {
                return List.<Object[]>of(new Object[0]).iterator();
            }
        };
    }

    /**
     * {@code generate_series(start, stop [, step])} over int4, int8 or numeric (the widest argument type, as
     * PostgreSQL resolves it), one column named after the alias or the function; never materialised.
     */
    static Source series(Expr.FuncCall call, String alias, ParamTypes params) {
        if (call.args().size() < 2 || call.args().size() > 3) {
            throw Functions.noFunction(
                    call,
                    call.args().stream()
                            .map(a -> new ExprCompiler(Scope.EMPTY, params).compile(a))
                            .toList());
        }
        ExprCompiler compiler = new ExprCompiler(Scope.EMPTY, params);
        List<Compiled> args = call.args().stream()
                .map(a -> compiler.compile(a, BuiltinTypes.INT4))
                .toList();
        PgType type = BuiltinTypes.INT4;
        for (Compiled a : args) {
            PgType t = Types.isUnknown(a.type()) ? BuiltinTypes.INT4 : a.type();
            int rank = Types.numericRank(t);
            if (rank < 0 || rank > 3) {
                throw Functions.noFunction(call, args);
            }
            if (rank > Types.numericRank(type)) {
                type = rank == 0 ? BuiltinTypes.INT4 : t;
            }
        }
        PgType resultType = type;
        List<Compiled> typed =
                args.stream().map(a -> ExprCompiler.castTo(a, resultType, -1)).toList();
        String name = alias != null ? alias : "generate_series";
        Scope scope = new Scope(List.of(new Scope.Slot(name, name, resultType, -1, 0, 0)));
        return new Source() {
            @Override
            public Scope scope() {
                return scope;
            }

            @Override
            public Iterator<Object[]> rows(EvalContext cx) {
                Object[] none = new Object[0];
                Object start = typed.get(0).eval(none, cx);
                Object stop = typed.get(1).eval(none, cx);
                Object step = typed.size() > 2 ? typed.get(2).eval(none, cx) : Values.number(1, resultType);
                if (start == null || stop == null || step == null) {
                    return java.util.Collections.emptyIterator();
                }
                return iterator(
                        Values.decimal((Number) start),
                        Values.decimal((Number) stop),
                        Values.decimal((Number) step),
                        resultType);
            }
        };
    }

    private static Iterator<Object[]> iterator(BigDecimal start, BigDecimal stop, BigDecimal step, PgType type) {
        if (step.signum() == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        boolean numeric = type.oid() == BuiltinTypes.NUMERIC.oid();
        if (!numeric) {
            long from = start.longValue();
            long to = stop.longValue();
            long by = step.longValue();
            return new Iterator<>() {
                private long next = from;
                private boolean done = by > 0 ? from > to : from < to;

                @Override
                public boolean hasNext() {
                    return !done;
                }

                @Override
                public Object[] next() {
                    if (done) {
                        throw new NoSuchElementException();
                    }
                    long v = next;
                    try {
                        next = Math.addExact(next, by);
                        done = by > 0 ? next > to : next < to;
                    } catch (ArithmeticException e) {
                        done = true;
                    }
                    return new Object[] {Values.number(v, type)};
                }
            };
        }
        return new Iterator<>() {
            private BigDecimal next = start;

            @Override
            public boolean hasNext() {
                return step.signum() > 0 ? next.compareTo(stop) <= 0 : next.compareTo(stop) >= 0;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BigDecimal v = next;
                next = next.add(step);
                return new Object[] {v};
            }
        };
    }
}

package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;
import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.sql.Statement.OrderItem;
import dev.tusk.examples.memory.sql.Statement.SelectItem;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A planned SELECT: a row source, a filter, the output expressions (or aggregates), ORDER BY keys, LIMIT
 * and OFFSET. Without ORDER BY rows are streamed lazily straight from the source.
 */
public final class SelectPlan implements Plan {

    private final List<Column> columns;
    private final Sources.Source source;
    private final Compiled where;
    private final List<Compiled> outputs;
    private final Aggregates aggregates;
    private final List<SortKey> sortKeys;
    private final Compiled limit;
    private final Compiled offset;

    /** One ORDER BY key: computed from the output row (ordinal, alias) or the input row. */
    private record SortKey(Compiled expr, int outputIndex, boolean descending, boolean nullsFirst) {}

    private SelectPlan(
            List<Column> columns,
            Sources.Source source,
            Compiled where,
            List<Compiled> outputs,
            Aggregates aggregates,
            List<SortKey> sortKeys,
            Compiled limit,
            Compiled offset) {
        this.columns = columns;
        this.source = source;
        this.where = where;
        this.outputs = outputs;
        this.aggregates = aggregates;
        this.sortKeys = sortKeys;
        this.limit = limit;
        this.offset = offset;
    }

    /** Plans a SELECT against the transaction's view of the tables. */
    public static SelectPlan plan(Statement.Select s, Transaction tx, ParamTypes params) {
        List<SelectItem> items = s.items();
        Sources.Source source;
        if (s.from() instanceof Statement.TableRef ref) {
            source = Sources.table(Sources.table(tx, ref), ref.alias());
        } else if (s.from() instanceof Statement.FunctionRef fn) {
            if (!fn.call().name().equals("generate_series")) {
                throw PgException.builder(
                                SqlState.FEATURE_NOT_SUPPORTED,
                                "feature not supported by the Tusk example backend: function "
                                        + fn.call().name() + "() in FROM")
                        .position(fn.call().position())
                        .build();
            }
            source = Sources.series(fn.call(), fn.alias(), params);
        } else {
            int srf = seriesItem(items);
            if (srf >= 0) {
                SelectItem item = items.get(srf);
                String name = item.alias() != null ? item.alias() : "generate_series";
                source = Sources.series((Expr.FuncCall) item.expr(), name, params);
                List<SelectItem> rewritten = new ArrayList<>(items);
                rewritten.set(
                        srf,
                        new SelectItem(new Expr.ColumnRef(null, name, item.position()), name, false, item.position()));
                items = rewritten;
            } else {
                source = Sources.single();
            }
        }
        ExprCompiler compiler = new ExprCompiler(source.scope(), params);
        Compiled where = s.where() == null ? null : compiler.bool(s.where(), "WHERE");
        List<Column> columns = new ArrayList<>();
        List<Compiled> outputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Aggregates aggregates = Aggregates.plan(items, compiler, columns);
        if (aggregates == null) {
            for (SelectItem item : items) {
                if (item.star()) {
                    if (source.scope().slots().isEmpty()) {
                        throw PgException.builder(
                                        SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                                .position(item.position())
                                .build();
                    }
                    for (int i = 0; i < source.scope().slots().size(); i++) {
                        Scope.Slot slot = source.scope().slots().get(i);
                        int index = i;
                        outputs.add(new Compiled(slot.type(), slot.typmod(), (row, cx) -> row[index]));
                        columns.add(slotColumn(slot, slot.name()));
                        names.add(slot.name());
                    }
                    continue;
                }
                Compiled c = item.expr() instanceof Expr.FuncCall f && f.name().equals("generate_series")
                        ? failNestedSeries(f)
                        : compiler.compile(item.expr());
                String name = item.alias() != null ? item.alias() : ColumnNames.of(item.expr());
                outputs.add(c);
                names.add(name);
                if (item.expr() instanceof Expr.ColumnRef ref) {
                    int index = source.scope().resolve(ref.table(), ref.name(), ref.position());
                    columns.add(slotColumn(source.scope().slots().get(index), name));
                } else {
                    columns.add(new Column(name, Types.resultType(c.type()), c.typmod(), 0, (short) 0));
                }
            }
        } else {
            items.forEach(i -> names.add(i.alias() != null ? i.alias() : i.star() ? "*" : ColumnNames.of(i.expr())));
        }
        List<SortKey> sortKeys = new ArrayList<>();
        for (OrderItem o : s.orderBy()) {
            sortKeys.add(sortKey(o, names, outputs, compiler, aggregates != null));
        }
        ExprCompiler constants = new ExprCompiler(Scope.EMPTY, params);
        Compiled limit = s.limit() == null ? null : count(constants, s.limit(), "LIMIT");
        Compiled offset = s.offset() == null ? null : count(constants, s.offset(), "OFFSET");
        return new SelectPlan(columns, source, where, outputs, aggregates, sortKeys, limit, offset);
    }

    private static Compiled failNestedSeries(Expr.FuncCall f) {
        throw PgException.builder(
                        SqlState.FEATURE_NOT_SUPPORTED,
                        "feature not supported by the Tusk example backend: generate_series() in the select list"
                                + " together with FROM or another set-returning function")
                .position(f.position())
                .build();
    }

    private static int seriesItem(List<SelectItem> items) {
        int found = -1;
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).star()
                    && items.get(i).expr() instanceof Expr.FuncCall f
                    && f.name().equals("generate_series")) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static Column slotColumn(Scope.Slot slot, String name) {
        return new Column(name, slot.type(), slot.typmod(), slot.tableOid(), (short) slot.attnum());
    }

    private static Compiled count(ExprCompiler compiler, Expr e, String clause) {
        Compiled c = compiler.compile(e, BuiltinTypes.INT8);
        if (Types.numericRank(c.type()) < 0 && !Types.isUnknown(c.type())) {
            throw PgException.builder(
                            SqlState.DATATYPE_MISMATCH,
                            "argument of " + clause + " must be type bigint, not type "
                                    + c.type().formatType())
                    .position(e.position())
                    .build();
        }
        return ExprCompiler.castTo(c, BuiltinTypes.INT8, -1);
    }

    private static SortKey sortKey(
            OrderItem o, List<String> names, List<Compiled> outputs, ExprCompiler compiler, boolean aggregate) {
        boolean nullsFirst = o.nullsFirst() != null ? o.nullsFirst() : o.descending();
        if (o.expr() instanceof Expr.Literal lit && lit.kind() == Expr.LiteralKind.INTEGER) {
            int n = Integer.parseInt(lit.text());
            if (n < 1 || n > names.size()) {
                throw PgException.builder(
                                SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position " + n + " is not in select list")
                        .position(lit.position())
                        .build();
            }
            return new SortKey(null, n - 1, o.descending(), nullsFirst);
        }
        if (o.expr() instanceof Expr.ColumnRef ref && ref.table() == null && names.contains(ref.name())) {
            return new SortKey(null, names.indexOf(ref.name()), o.descending(), nullsFirst);
        }
        if (aggregate) {
            throw PgException.builder(
                            SqlState.FEATURE_NOT_SUPPORTED,
                            "feature not supported by the Tusk example backend: ORDER BY expressions with aggregates")
                    .position(o.expr().position())
                    .build();
        }
        return new SortKey(compiler.compile(o.expr()), -1, o.descending(), nullsFirst);
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public QueryResult run(EvalContext cx) {
        return QueryResult.Rows.select(columns, rows(cx));
    }

    /** The result rows, streamed. */
    public RowStream rows(EvalContext cx) {
        long skip = bound(offset, cx, "OFFSET", 0);
        long take = bound(limit, cx, "LIMIT", Long.MAX_VALUE);
        Iterator<Object[]> input = filtered(source.rows(cx), cx);
        Iterator<Object[]> out;
        if (aggregates != null) {
            out = List.<Object[]>of(aggregates.compute(input, cx)).iterator();
        } else if (sortKeys.isEmpty()) {
            out = map(input, cx);
        } else {
            out = sorted(input, cx);
        }
        return new LazyRows(window(out, skip, take), cx.execution());
    }

    private static long bound(Compiled c, EvalContext cx, String clause, long absent) {
        if (c == null) {
            return absent;
        }
        Object v = c.eval(new Object[0], cx);
        if (v == null) {
            return absent;
        }
        long n = (Long) v;
        if (n < 0) {
            throw new PgException(
                    clause.equals("LIMIT")
                            ? SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE
                            : SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE,
                    clause + " must not be negative");
        }
        return n;
    }

    private Iterator<Object[]> filtered(Iterator<Object[]> in, EvalContext cx) {
        if (where == null) {
            return in;
        }
        return new Iterator<>() {
            private Object[] next;

            @Override
            public boolean hasNext() {
                while (next == null && in.hasNext()) {
                    Object[] row = in.next();
                    if (Boolean.TRUE.equals(where.eval(row, cx))) {
                        next = row;
                    }
                }
                return next != null;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] r = next;
                next = null;
                return r;
            }
        };
    }

    private Object[] project(Object[] row, EvalContext cx) {
        Object[] out = new Object[outputs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = outputs.get(i).eval(row, cx);
        }
        return out;
    }

    private Iterator<Object[]> map(Iterator<Object[]> in, EvalContext cx) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Object[] next() {
                return project(in.next(), cx);
            }
        };
    }

    private Iterator<Object[]> sorted(Iterator<Object[]> in, EvalContext cx) {
        record Keyed(Object[] out, Object[] keys) {}
        List<Keyed> all = new ArrayList<>();
        long n = 0;
        while (in.hasNext()) {
            if ((++n & 4095) == 0) {
                cx.execution().checkCancelled();
            }
            Object[] row = in.next();
            Object[] out = project(row, cx);
            Object[] keys = new Object[sortKeys.size()];
            for (int k = 0; k < keys.length; k++) {
                SortKey key = sortKeys.get(k);
                keys[k] = key.outputIndex() >= 0
                        ? out[key.outputIndex()]
                        : key.expr().eval(row, cx);
            }
            all.add(new Keyed(out, keys));
        }
        Comparator<Keyed> order = (a, b) -> {
            for (int k = 0; k < sortKeys.size(); k++) {
                SortKey key = sortKeys.get(k);
                Object x = a.keys()[k];
                Object y = b.keys()[k];
                int c;
                if (x == null || y == null) {
                    c = x == y ? 0 : (x == null) == key.nullsFirst() ? -1 : 1;
                } else {
                    c = Values.compare(x, y);
                    if (key.descending()) {
                        c = -c;
                    }
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        all.sort(order);
        return all.stream().map(Keyed::out).iterator();
    }

    private static Iterator<Object[]> window(Iterator<Object[]> in, long skip, long take) {
        return new Iterator<>() {
            private long skipped;
            private long taken;

            @Override
            public boolean hasNext() {
                while (skipped < skip && in.hasNext()) {
                    in.next();
                    skipped++;
                }
                return taken < take && in.hasNext();
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                taken++;
                return in.next();
            }
        };
    }
}

package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;
import dev.tusk.examples.memory.sql.Statement.SelectItem;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A select list of aggregates without GROUP BY ({@code SELECT count(*), max(x) FROM t}): one output row.
 * Items may be count, sum, min, max, avg, or expressions that use no column.
 */
final class Aggregates {

    /** One output: an aggregate over an argument (null for count(*)), or a constant expression. */
    private record Item(String function, Compiled argument, Compiled constant, PgType type) {}

    private final List<Item> items;

    private Aggregates(List<Item> items) {
        this.items = items;
    }

    /** Plans the select list as aggregates, adding the columns; null when it has no top-level aggregate. */
    static Aggregates plan(List<SelectItem> selectItems, ExprCompiler compiler, List<Column> columns) {
        boolean any = selectItems.stream()
                .anyMatch(i ->
                        !i.star() && i.expr() instanceof Expr.FuncCall f && Functions.AGGREGATES.contains(f.name()));
        if (!any) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        ExprCompiler constants = new ExprCompiler(Scope.EMPTY, paramsOf(compiler));
        for (SelectItem si : selectItems) {
            if (si.star()) {
                throw grouping(
                        compiler.scope().slots().isEmpty()
                                ? "*"
                                : compiler.scope().slots().get(0).name(),
                        si.position());
            }
            String name = si.alias() != null ? si.alias() : ColumnNames.of(si.expr());
            Item item;
            if (si.expr() instanceof Expr.FuncCall f && Functions.AGGREGATES.contains(f.name())) {
                item = aggregate(f, compiler);
            } else {
                Compiled c;
                try {
                    c = constants.compile(si.expr());
                } catch (PgException e) {
                    if (e.sqlState().equals(SqlState.UNDEFINED_COLUMN.code())
                            && si.expr() instanceof Expr.ColumnRef ref) {
                        compiler.compile(si.expr()); // 42703 if it is not a column at all
                        throw grouping(ref.name(), ref.position());
                    }
                    throw e;
                }
                item = new Item(null, null, c, Types.resultType(c.type()));
            }
            items.add(item);
            columns.add(Column.of(name, item.type()));
        }
        return new Aggregates(items);
    }

    private static ParamTypes paramsOf(ExprCompiler compiler) {
        return compiler.params();
    }

    private static PgException grouping(String column, int position) {
        return PgException.builder(
                        SqlState.GROUPING_ERROR,
                        "column \"" + column
                                + "\" must appear in the GROUP BY clause or be used in an aggregate function")
                .position(position)
                .build();
    }

    private static Item aggregate(Expr.FuncCall f, ExprCompiler compiler) {
        if (f.star()) {
            if (!f.name().equals("count")) {
                throw PgException.builder(SqlState.SYNTAX_ERROR, "syntax error at or near \"*\"")
                        .position(f.position())
                        .build();
            }
            return new Item("count", null, null, BuiltinTypes.INT8);
        }
        if (f.args().size() != 1) {
            throw Functions.noFunction(
                    f, f.args().stream().map(compiler::compile).toList());
        }
        Compiled arg = compiler.compile(f.args().get(0));
        if (Types.isUnknown(arg.type()) && !f.name().equals("count")) {
            arg = ExprCompiler.castTo(arg, BuiltinTypes.TEXT, -1);
        }
        PgType t = arg.type();
        int rank = Types.numericRank(t);
        PgType result =
                switch (f.name()) {
                    case "count" -> BuiltinTypes.INT8;
                    case "min", "max" -> t;
                    case "sum" ->
                        rank < 0 ? null : rank <= 1 ? BuiltinTypes.INT8 : rank <= 3 ? BuiltinTypes.NUMERIC : t;
                    default -> rank < 0 ? null : rank <= 3 ? BuiltinTypes.NUMERIC : BuiltinTypes.FLOAT8;
                };
        if (result == null) {
            throw Functions.noFunction(f, List.of(arg));
        }
        return new Item(f.name(), arg, null, result);
    }

    /** Consumes the rows and returns the single output row. */
    Object[] compute(Iterator<Object[]> rows, EvalContext cx) {
        long[] counts = new long[items.size()];
        Object[] acc = new Object[items.size()];
        long n = 0;
        while (rows.hasNext()) {
            if ((++n & 4095) == 0) {
                cx.execution().checkCancelled();
            }
            Object[] row = rows.next();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item.function() == null) {
                    continue;
                }
                if (item.argument() == null) {
                    counts[i]++;
                    continue;
                }
                Object v = item.argument().eval(row, cx);
                if (v == null) {
                    continue;
                }
                counts[i]++;
                acc[i] = switch (item.function()) {
                    case "min" -> acc[i] == null || Values.compare(v, acc[i]) < 0 ? v : acc[i];
                    case "max" -> acc[i] == null || Values.compare(v, acc[i]) > 0 ? v : acc[i];
                    case "count" -> null;
                    default -> add(acc[i], (Number) v);
                };
            }
        }
        Object[] out = new Object[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.function() == null) {
                out[i] = item.constant().eval(new Object[0], cx);
            } else {
                out[i] = switch (item.function()) {
                    case "count" -> counts[i];
                    case "min", "max" -> acc[i];
                    case "sum" -> acc[i] == null ? null : Values.number((Number) acc[i], item.type());
                    default -> acc[i] == null ? null : average(acc[i], counts[i], item.type());
                };
            }
        }
        return out;
    }

    private static Object add(Object acc, Number v) {
        if (v instanceof Double || v instanceof Float) {
            return (acc == null ? 0.0 : ((Number) acc).doubleValue()) + v.doubleValue();
        }
        BigDecimal d = Values.decimal(v);
        return acc == null ? d : ((BigDecimal) acc).add(d);
    }

    private static Object average(Object sum, long count, PgType type) {
        if (type.oid() == BuiltinTypes.FLOAT8.oid()) {
            return ((Number) sum).doubleValue() / count;
        }
        BigDecimal s = (BigDecimal) sum;
        return s.divide(BigDecimal.valueOf(count), Math.max(16, s.scale()), RoundingMode.HALF_UP);
    }
}

package dev.tusk.calcite.datetime;

import dev.tusk.calcite.type.PgTypes;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelVisitor;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexWindowBound;
import org.apache.calcite.sql.SqlKind;

/**
 * The last datetime step, on the optimised plan: fails with 0A000 when anything Calcite itself would compute on a
 * date, time, timestamp or interval value is left, since Calcite's runtime would read Tusk's microseconds as its
 * milliseconds. Allowed are Tusk's own operators, and Calcite operators that never look at the unit: comparisons
 * of equal types, IS [NOT] NULL, CASE, COALESCE, ROW, casts that only change nullability, and the aggregates
 * MIN, MAX, COUNT, ANY_VALUE, SINGLE_VALUE, FIRST_VALUE, LAST_VALUE, NTH_VALUE, LAG, LEAD and ARRAY_AGG.
 */
public final class DatetimeCheck {
    /** Calcite operators that pass datetime values through or compare them without reading them. */
    static final Set<SqlKind> PASS_THROUGH = Set.of(
            SqlKind.IS_NULL,
            SqlKind.IS_NOT_NULL,
            SqlKind.CASE,
            SqlKind.COALESCE,
            SqlKind.ROW,
            SqlKind.GREATEST,
            SqlKind.LEAST,
            SqlKind.ARRAY_VALUE_CONSTRUCTOR,
            SqlKind.ITEM);

    /** Aggregate and window functions that only compare, count or copy their arguments. */
    static final Set<SqlKind> AGGREGATES = Set.of(
            SqlKind.MIN,
            SqlKind.MAX,
            SqlKind.COUNT,
            SqlKind.ANY_VALUE,
            SqlKind.SINGLE_VALUE,
            SqlKind.FIRST_VALUE,
            SqlKind.LAST_VALUE,
            SqlKind.NTH_VALUE,
            SqlKind.LAG,
            SqlKind.LEAD,
            SqlKind.ARRAY_AGG,
            SqlKind.ROW_NUMBER,
            SqlKind.RANK,
            SqlKind.DENSE_RANK,
            SqlKind.PERCENT_RANK,
            SqlKind.CUME_DIST,
            SqlKind.NTILE);

    private DatetimeCheck() {}

    /** Throws 0A000 for the first expression of the plan that Calcite would compute in milliseconds. */
    public static void verify(RelNode plan) {
        RexShuttle check = new RexShuttle() {
            @Override
            public RexNode visitLiteral(RexLiteral literal) {
                if (literal.getType().getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.TIME) {
                    throw unsupported("Calcite's time type (milliseconds)");
                }
                if (!literal.isNull() && ArgKind.of(literal.getType()).isDatetime()) {
                    throw unsupported("a " + name(literal.getType()) + " constant computed by Calcite");
                }
                return literal;
            }

            @Override
            public RexNode visitCall(RexCall call) {
                checkCall(call);
                return super.visitCall(call);
            }

            @Override
            public RexNode visitOver(RexOver over) {
                checkWindow(over);
                return super.visitOver(over);
            }
        };
        new RelVisitor() {
            @Override
            public void visit(RelNode node, int ordinal, RelNode parent) {
                if (node instanceof Values values) {
                    for (List<RexLiteral> tuple : values.getTuples()) {
                        tuple.forEach(l -> l.accept(check));
                    }
                } else if (node instanceof Calc calc) {
                    calc.getProgram().getExprList().forEach(e -> e.accept(check));
                } else {
                    node.accept(check);
                }
                if (node instanceof Aggregate aggregate) {
                    for (AggregateCall call : aggregate.getAggCallList()) {
                        if (call.getAggregation() instanceof dev.tusk.calcite.func.PgBoundAggregate) {
                            continue; // Tusk's own aggregates read datetimes in microseconds
                        }
                        checkAggregate(
                                call.getAggregation().getKind(),
                                call.getAggregation().getName(),
                                aggregate.getInput().getRowType(),
                                call.getArgList());
                    }
                }
                if (node instanceof Window window) {
                    for (Window.Group group : window.groups) {
                        for (Window.RexWinAggCall call : group.aggCalls) {
                            checkWindowCall(call);
                        }
                        boolean datetimeKey = group.orderKeys.getFieldCollations().stream()
                                .anyMatch(c -> ArgKind.of(window.getInput()
                                                .getRowType()
                                                .getFieldList()
                                                .get(c.getFieldIndex())
                                                .getType())
                                        .isDatetime());
                        if (datetimeKey && !group.isRows && (offset(group.lowerBound) || offset(group.upperBound))) {
                            throw unsupported("RANGE window frames with offsets on datetime keys");
                        }
                    }
                }
                super.visit(node, ordinal, parent);
            }
        }.go(plan);
    }

    private static boolean offset(RexWindowBound bound) {
        return bound != null && (bound.isPreceding() || bound.isFollowing()) && !bound.isUnbounded();
    }

    private static void checkWindowCall(RexCall call) {
        for (RexNode operand : call.getOperands()) {
            if (ArgKind.of(operand.getType()).isDatetime() && !AGGREGATES.contains(call.getKind())) {
                throw unsupported(
                        call.getOperator().getName().toLowerCase(Locale.ROOT) + "(" + name(operand.getType()) + ")");
            }
        }
    }

    private static void checkWindow(RexOver over) {
        checkWindowCall(over);
        boolean datetimeKey = over.getWindow().orderKeys.stream()
                .anyMatch(k -> ArgKind.of(k.left.getType()).isDatetime());
        if (datetimeKey
                && !over.getWindow().isRows()
                && (offset(over.getWindow().getLowerBound())
                        || offset(over.getWindow().getUpperBound()))) {
            throw unsupported("RANGE window frames with offsets on datetime keys");
        }
    }

    private static void checkAggregate(SqlKind kind, String name, RelDataType input, List<Integer> args) {
        for (int arg : args) {
            RelDataType t = input.getFieldList().get(arg).getType();
            if (ArgKind.of(t).isDatetime() && !AGGREGATES.contains(kind)) {
                throw unsupported(name.toLowerCase(Locale.ROOT) + "(" + name(t) + ")");
            }
        }
    }

    private static void checkCall(RexCall call) {
        if (call.getType().getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.TIME) {
            throw unsupported(describe(call) + " giving Calcite's time type (milliseconds)");
        }
        if (call.getOperator() instanceof DatetimeOperator
                || call.getOperator() instanceof dev.tusk.calcite.func.PgBoundFunction
                || call.getOperator() instanceof dev.tusk.calcite.func.PgBoundTableFunction
                || IntervalParameters.isRead(call)
                || call instanceof RexOver) {
            return; // Tusk's own code, which reads datetimes in microseconds
        }
        boolean datetime = ArgKind.of(call.getType()).isDatetime();
        RelDataType datetimeOperand = null;
        for (RexNode operand : call.getOperands()) {
            if (ArgKind.of(operand.getType()).isDatetime()) {
                datetimeOperand = operand.getType();
            }
        }
        if (!datetime && datetimeOperand == null) {
            return;
        }
        SqlKind kind = call.getKind();
        if (DatetimeLowering.isComparison(kind)) {
            RelDataType a = call.getOperands().get(0).getType();
            RelDataType b = call.getOperands().get(1).getType();
            if (ArgKind.of(a) == ArgKind.of(b) && a.getSqlTypeName() == b.getSqlTypeName()) {
                if (ArgKind.of(a) != ArgKind.INTERVAL
                        || kind == SqlKind.IS_DISTINCT_FROM
                        || kind == SqlKind.IS_NOT_DISTINCT_FROM) {
                    return;
                }
            }
        } else if (PASS_THROUGH.contains(kind) || isOrderingFunction(call)) {
            boolean ordering = kind == SqlKind.GREATEST || kind == SqlKind.LEAST || isOrderingFunction(call);
            if (!ordering || ArgKind.of(call.getType()) != ArgKind.INTERVAL) {
                return;
            }
        } else if (kind == SqlKind.CAST
                && DatetimeLowering.sameIgnoringNullability(
                        call.getOperands().get(0).getType(), call.getType())) {
            return;
        }
        RelDataType t = datetimeOperand != null ? datetimeOperand : call.getType();
        throw unsupported(describe(call) + " on " + name(t));
    }

    /** Tusk's greatest()/least(): they compare values, whatever their unit. */
    private static boolean isOrderingFunction(RexCall call) {
        String n = call.getOperator().getName().toLowerCase(Locale.ROOT);
        return call.getKind() == SqlKind.OTHER_FUNCTION && (n.equals("greatest") || n.equals("least"));
    }

    private static String describe(RexCall call) {
        String name = call.getOperator().getName();
        return call.getOperator().getSyntax() == org.apache.calcite.sql.SqlSyntax.FUNCTION
                ? "function " + name.toLowerCase(Locale.ROOT) + "()"
                : "operator " + name;
    }

    private static String name(RelDataType t) {
        return PgTypes.fromRelDataType(t).displayName();
    }

    private static PgException unsupported(String what) {
        return new PgException(
                SqlState.FEATURE_NOT_SUPPORTED,
                what + " is not supported yet (Calcite computes datetimes in milliseconds, Tusk in microseconds)");
    }
}

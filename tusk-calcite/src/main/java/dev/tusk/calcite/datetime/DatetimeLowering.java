package dev.tusk.calcite.datetime;

import dev.tusk.calcite.type.PgTypes;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * The plan step between conversion to relational algebra and optimisation that leaves no datetime work to
 * Calcite: datetime literals Calcite made itself become Tusk values, casts Calcite inserted (type coercion, CASE
 * and UNION alignment) become Tusk's casts, comparisons of different datetime types compare in one type, and
 * interval comparisons use Tusk's. {@link DatetimeCheck} then verifies the optimised plan.
 */
public final class DatetimeLowering {
    private DatetimeLowering() {}

    /** Rewrites every expression of a plan. */
    public static RelNode apply(RelNode root) {
        RexBuilder rb = new RexBuilder(root.getCluster().getTypeFactory());
        RexShuttle rex = new Rewriter(rb);
        return root.accept(new RelHomogeneousShuttle() {
            @Override
            public RelNode visit(RelNode other) {
                return super.visit(other).accept(rex);
            }
        });
    }

    /** The typmod a Calcite datetime type stands for: its precision when below 6, else none (-1). */
    public static int typmodOf(RelDataType t) {
        return switch (t.getSqlTypeName()) {
            case TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE ->
                t.getPrecision() >= 0 && t.getPrecision() < 6 ? t.getPrecision() : -1;
            default -> -1;
        };
    }

    /**
     * Tusk's cast of {@code value} to {@code target} when either is a datetime or interval type (42846 when
     * PostgreSQL has no such cast); a string target with a length gets Calcite's string cast on top.
     */
    public static RexNode cast(RexBuilder rb, RexNode value, RelDataType target, int typmod) {
        ArgKind from = ArgKind.of(value.getType());
        ArgKind to = ArgKind.of(target);
        if (from == to
                && to != ArgKind.TEXT
                && typmod < 0
                && value.getType().isNullable() == target.isNullable()
                && org.apache.calcite.sql.type.SqlTypeUtil.equalSansNullability(
                        rb.getTypeFactory(), value.getType(), target)) {
            return value; // a value already of the type (a RETURNING row's interval column): nothing to convert
        }
        RelDataType textType = null;
        if (to == ArgKind.TEXT) {
            textType = target;
            target = rb.getTypeFactory()
                    .createTypeWithNullability(
                            ArgKind.TEXT.relType(rb.getTypeFactory()),
                            value.getType().isNullable());
        }
        Overload overload = null;
        for (Overload o : DatetimeOperators.CAST.overloads()) {
            if (o.params().get(0) == from && o.result() == to) {
                overload = o;
            }
        }
        if (overload == null) {
            throw new PgException(
                    SqlState.CANNOT_COERCE,
                    "cannot cast type "
                            + PgTypes.fromRelDataType(value.getType()).displayName() + " to "
                            + PgTypes.fromRelDataType(textType != null ? textType : target)
                                    .displayName());
        }
        RelDataType type =
                overload.mayReturnNull() ? rb.getTypeFactory().createTypeWithNullability(target, true) : target;
        RexNode call = rb.makeCall(
                type,
                DatetimeOperators.CAST,
                List.of(value, rb.makeLiteral(typmod, rb.getTypeFactory().createSqlType(SqlTypeName.INTEGER))));
        if (textType != null && !textType.equals(type)) {
            return rb.makeAbstractCast(textType, call, false);
        }
        return call;
    }

    /** The expression rewrites. */
    private static final class Rewriter extends RexShuttle {
        private final RexBuilder rb;

        Rewriter(RexBuilder rb) {
            this.rb = rb;
        }

        @Override
        public RexNode visitDynamicParam(org.apache.calcite.rex.RexDynamicParam param) {
            return ArgKind.of(param.getType()) == ArgKind.INTERVAL ? IntervalParameters.wrap(rb, param) : param;
        }

        @Override
        public RexNode visitLiteral(RexLiteral literal) {
            if (literal.isNull() || !ArgKind.of(literal.getType()).isDatetime()) {
                return literal;
            }
            RelDataType t = literal.getType();
            RelDataType bigint = rb.getTypeFactory().createSqlType(SqlTypeName.BIGINT);
            RelDataType integer = rb.getTypeFactory().createSqlType(SqlTypeName.INTEGER);
            List<RexNode> operands = new ArrayList<>();
            switch (t.getSqlTypeName()) {
                case DATE -> {
                    DateString d = literal.getValueAs(DateString.class);
                    operands.add(rb.makeLiteral((int) PgEpoch.days(LocalDate.parse(d.toString())), integer));
                }
                case TIME_WITH_LOCAL_TIME_ZONE -> {
                    TimeString s = literal.getValueAs(TimeString.class);
                    operands.add(rb.makeLiteral(LocalTime.parse(s.toString()).toNanoOfDay() / 1000L, bigint));
                }
                case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> {
                    TimestampString s = literal.getValueAs(TimestampString.class);
                    LocalDateTime ldt = LocalDateTime.parse(s.toString().replace(' ', 'T'));
                    operands.add(rb.makeLiteral(PgEpoch.micros(ldt), bigint));
                }
                default -> {
                    BigDecimal v = literal.getValueAs(BigDecimal.class);
                    int months = 0;
                    long days = 0;
                    long micros = 0;
                    if (t.getSqlTypeName().getFamily()
                            == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH) {
                        months = v.intValueExact();
                    } else {
                        long ms = v.longValue();
                        if (t.getIntervalQualifier() != null
                                && t.getIntervalQualifier().getStartUnit() == TimeUnit.DAY) {
                            days = ms / 86_400_000L;
                            ms -= days * 86_400_000L;
                        }
                        micros = ms * 1000L;
                    }
                    operands.add(rb.makeLiteral(months, integer));
                    operands.add(rb.makeLiteral((int) days, integer));
                    operands.add(rb.makeLiteral(micros, bigint));
                }
            }
            return rb.makeCall(t, DatetimeOperators.VALUE, operands);
        }

        @Override
        public RexNode visitCall(RexCall call) {
            RexCall c = (RexCall) super.visitCall(call);
            if (c.getKind() == SqlKind.CAST && !(c.getOperator() instanceof DatetimeOperator)) {
                RexNode operand = c.getOperands().get(0);
                RelDataType from = operand.getType();
                RelDataType to = c.getType();
                boolean datetime =
                        ArgKind.of(from).isDatetime() || ArgKind.of(to).isDatetime();
                if (datetime && !sameIgnoringNullability(from, to)) {
                    return cast(rb, operand, to, typmodOf(to));
                }
                return c;
            }
            if (isComparison(c.getKind()) && c.getOperands().size() == 2) {
                return comparison(c);
            }
            return c;
        }

        private RexNode comparison(RexCall c) {
            RexNode a = c.getOperands().get(0);
            RexNode b = c.getOperands().get(1);
            ArgKind ka = ArgKind.of(a.getType());
            ArgKind kb = ArgKind.of(b.getType());
            if (!ka.isDatetime() || !kb.isDatetime()) {
                return c;
            }
            if (ka != kb) {
                if (ka.promotesTo(kb)) {
                    a = cast(rb, a, withNullability(kb, a), -1);
                } else if (kb.promotesTo(ka)) {
                    b = cast(rb, b, withNullability(ka, b), -1);
                } else {
                    return c; // DatetimeCheck reports it
                }
            }
            if (ArgKind.of(a.getType()) == ArgKind.INTERVAL) {
                SqlOperator op =
                        switch (c.getKind()) {
                            case LESS_THAN -> DatetimeOperators.INTERVAL_LT;
                            case LESS_THAN_OR_EQUAL -> DatetimeOperators.INTERVAL_LE;
                            case GREATER_THAN -> DatetimeOperators.INTERVAL_GT;
                            case GREATER_THAN_OR_EQUAL -> DatetimeOperators.INTERVAL_GE;
                            case EQUALS -> DatetimeOperators.INTERVAL_EQ;
                            case NOT_EQUALS -> DatetimeOperators.INTERVAL_NE;
                            default -> null;
                        };
                if (op != null) {
                    return rb.makeCall(c.getType(), op, List.of(a, b));
                }
            }
            if (a == c.getOperands().get(0) && b == c.getOperands().get(1)) {
                return c;
            }
            return rb.makeCall(c.getType(), c.getOperator(), List.of(a, b));
        }

        private RelDataType withNullability(ArgKind kind, RexNode of) {
            return rb.getTypeFactory()
                    .createTypeWithNullability(
                            kind.relType(rb.getTypeFactory()), of.getType().isNullable());
        }
    }

    static boolean isComparison(SqlKind kind) {
        return switch (kind) {
            case EQUALS,
                    NOT_EQUALS,
                    LESS_THAN,
                    LESS_THAN_OR_EQUAL,
                    GREATER_THAN,
                    GREATER_THAN_OR_EQUAL,
                    IS_DISTINCT_FROM,
                    IS_NOT_DISTINCT_FROM -> true;
            default -> false;
        };
    }

    static boolean sameIgnoringNullability(RelDataType a, RelDataType b) {
        return a.getSqlTypeName() == b.getSqlTypeName()
                && a.getPrecision() == b.getPrecision()
                && a.getScale() == b.getScale();
    }
}

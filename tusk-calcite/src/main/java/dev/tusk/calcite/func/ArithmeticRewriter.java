package dev.tusk.calcite.func;

import dev.tusk.calcite.type.PgTypes;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Replaces Calcite's arithmetic on the numeric types in a converted plan by PostgreSQL's ({@link
 * ArithmeticOperators}): integers raise 22003 where Java wraps, numeric division keeps PostgreSQL's scale, float8
 * reports overflow. Arithmetic on other types (dates, intervals) stays Calcite's.
 */
public final class ArithmeticRewriter extends RelHomogeneousShuttle {
    private static final Set<SqlTypeName> NUMBERS = EnumSet.of(
            SqlTypeName.TINYINT,
            SqlTypeName.SMALLINT,
            SqlTypeName.INTEGER,
            SqlTypeName.BIGINT,
            SqlTypeName.DECIMAL,
            SqlTypeName.REAL,
            SqlTypeName.FLOAT,
            SqlTypeName.DOUBLE);
    private static final Map<SqlKind, String> SYMBOLS = Map.of(
            SqlKind.PLUS, "+",
            SqlKind.MINUS, "-",
            SqlKind.TIMES, "*",
            SqlKind.DIVIDE, "/",
            SqlKind.MOD, "%",
            SqlKind.MINUS_PREFIX, "-");

    private final RexShuttle rex;

    private ArithmeticRewriter(RexBuilder builder) {
        this.rex = new RexShuttle() {
            @Override
            public RexNode visitCall(RexCall call) {
                RexCall visited = (RexCall) super.visitCall(call);
                RexNode replaced = replace(builder, visited);
                return replaced == null ? visited : replaced;
            }
        };
    }

    /** {@code rel} with PostgreSQL's arithmetic. */
    public static RelNode rewrite(RelNode rel) {
        return rel.accept(new ArithmeticRewriter(rel.getCluster().getRexBuilder()));
    }

    @Override
    public RelNode visit(RelNode other) {
        return super.visit(other).accept(rex);
    }

    private static RexNode replace(RexBuilder builder, RexCall call) {
        String symbol = SYMBOLS.get(call.getKind());
        if (symbol == null || !NUMBERS.contains(call.getType().getSqlTypeName())) {
            return null;
        }
        List<PgType> actual = new ArrayList<>();
        for (RexNode operand : call.getOperands()) {
            if (!NUMBERS.contains(operand.getType().getSqlTypeName())) {
                return null;
            }
            actual.add(PgTypes.fromRelDataType(operand.getType()).type());
        }
        PgType result = PgTypes.fromRelDataType(call.getType()).type();
        for (PgSignature s : FunctionRegistry.builtinSignatures().getOrDefault(symbol, List.of())) {
            if (s.params().size() == actual.size()
                    && s.params().stream()
                            .allMatch(p -> p instanceof PgParamType.Concrete c
                                    && c.type().oid() == result.oid())) {
                List<PgType> args = new ArrayList<>();
                actual.forEach(a -> args.add(result));
                OverloadResolver.Resolution r = new OverloadResolver.Resolution(s, actual, args, result);
                return builder.makeCall(
                        call.getParserPosition(), call.getType(), new PgBoundFunction(r, true), call.getOperands());
            }
        }
        return null;
    }
}

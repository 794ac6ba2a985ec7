package dev.tusk.calcite.func;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Gives every call of a volatile function in a plan its own identity, so that Calcite neither merges identical calls
 * ({@code nextval('s'), nextval('s')}) nor simplifies {@code random() = random()}: PostgreSQL evaluates each call.
 * The identity is one more integer operand, numbered per plan, that the function's implementation ignores.
 */
public final class VolatileCalls extends RelHomogeneousShuttle {
    private final RexShuttle rex;

    private VolatileCalls(RexBuilder builder) {
        int[] next = {0};
        this.rex = new RexShuttle() {
            @Override
            public RexNode visitCall(RexCall call) {
                RexCall visited = (RexCall) super.visitCall(call);
                if (!(visited.getOperator() instanceof PgBoundFunction f)
                        || f.isDeterministic()
                        || visited.getOperands().size()
                                > f.resolution().argTypes().size()) {
                    return visited;
                }
                List<RexNode> operands = new ArrayList<>(visited.getOperands());
                operands.add(
                        builder.makeLiteral(next[0]++, builder.getTypeFactory().createSqlType(SqlTypeName.INTEGER)));
                return builder.makeCall(visited.getParserPosition(), visited.getType(), f, operands);
            }
        };
    }

    /** {@code rel} with each volatile call distinct. */
    public static RelNode apply(RelNode rel) {
        return rel.accept(new VolatileCalls(rel.getCluster().getRexBuilder()));
    }

    @Override
    public RelNode visit(RelNode other) {
        return super.visit(other).accept(rex);
    }
}

package dev.tusk.calcite.plan;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Uncollect;

/**
 * A pass-through operator that polls the statement's cancel flag ({@link DataContext.Variable#CANCEL_FLAG}) on every
 * row. Calcite's generated code never looks at the flag, and operators such as a nested-loop join or an aggregate run
 * to completion without returning to Tusk, so the planner puts one above every leaf (table and function scans,
 * VALUES) and every operator that multiplies rows (joins, correlates, UNNEST): a cancel or statement_timeout then
 * stops the query within one row of work, whatever sits above.
 */
public final class CancelCheck extends SingleRel implements EnumerableRel {

    private CancelCheck(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
        super(cluster, traits, input);
    }

    /** The plan with cancel checks above its leaves and its row-multiplying operators. */
    static RelNode insert(RelNode rel) {
        if (!(rel instanceof EnumerableRel)) {
            return rel;
        }
        List<RelNode> inputs = rel.getInputs();
        List<RelNode> rewritten = new ArrayList<>(inputs.size());
        boolean changed = false;
        boolean leaf = true;
        for (RelNode in : inputs) {
            RelNode r = insert(in);
            rewritten.add(r);
            changed |= r != in;
            leaf &= !(in instanceof EnumerableRel);
        }
        RelNode out = changed ? rel.copy(rel.getTraitSet(), rewritten) : rel;
        if (leaf || out instanceof Join || out instanceof Correlate || out instanceof Uncollect) {
            return new CancelCheck(out.getCluster(), out.getTraitSet(), out);
        }
        return out;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new CancelCheck(getCluster(), traitSet, sole(inputs));
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        BlockBuilder builder = new BlockBuilder();
        Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
        Expression input = builder.append("input", child.block);
        builder.add(Expressions.return_(
                null, Expressions.call(CancelCheck.class, "watch", input, implementor.getRootExpression())));
        return implementor.result(child.physType, builder.toBlock());
    }

    /** Called by generated code: the rows of {@code source}, failing with 57014 once the statement is cancelled. */
    public static <T> Enumerable<T> watch(Enumerable<T> source, DataContext root) {
        AtomicBoolean flag = DataContext.Variable.CANCEL_FLAG.get(root);
        if (flag == null) {
            return source;
        }
        return new AbstractEnumerable<T>() {
            @Override
            public Enumerator<T> enumerator() {
                Enumerator<T> e = source.enumerator();
                return new Enumerator<T>() {
                    @Override
                    public T current() {
                        return e.current();
                    }

                    @Override
                    public boolean moveNext() {
                        if (flag.get()) {
                            throw cancelled();
                        }
                        return e.moveNext();
                    }

                    @Override
                    public void reset() {
                        e.reset();
                    }

                    @Override
                    public void close() {
                        e.close();
                    }
                };
            }
        };
    }

    /** The error of a stopped statement; the session replaces it with the exact reason (timeout or cancel). */
    public static PgException cancelled() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
    }
}

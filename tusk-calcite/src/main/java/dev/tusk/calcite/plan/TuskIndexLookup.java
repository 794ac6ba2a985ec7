package dev.tusk.calcite.plan;

import dev.tusk.calcite.catalog.IndexLookup;
import dev.tusk.calcite.catalog.TuskTable;
import dev.tusk.calcite.store.HashIndex;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Reads a Tusk table through a hash index instead of scanning it: its input computes the key rows (one value
 * per index column; usually one row of literals and parameters), and it returns the rows of the table the
 * statement's snapshot sees with each key, in the shape a scan of the table has.
 */
public final class TuskIndexLookup extends SingleRel implements EnumerableRel {
    private static final Method ROWS;

    static {
        try {
            ROWS = IndexLookup.class.getMethod("rows", DataContext.class, Enumerable.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RelOptTable table;
    private final TuskTable tuskTable;
    private final HashIndex index;
    private final IndexLookup.Narrowing[] narrowing;

    TuskIndexLookup(
            RelOptCluster cluster,
            RelTraitSet traits,
            RelNode keys,
            RelOptTable table,
            HashIndex index,
            IndexLookup.Narrowing[] narrowing) {
        super(cluster, traits, keys);
        this.table = table;
        this.tuskTable = table.unwrap(TuskTable.class);
        this.index = index;
        this.narrowing = narrowing.clone();
    }

    /** The index read. */
    public HashIndex index() {
        return index;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new TuskIndexLookup(getCluster(), traitSet, sole(inputs), table, index, narrowing);
    }

    @Override
    protected RelDataType deriveRowType() {
        return table.getRowType();
    }

    @Override
    public double estimateRowCount(RelMetadataQuery mq) {
        return mq.getRowCount(getInput()) * (index.isUnique() ? 1 : 10);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        double rows = estimateRowCount(mq);
        return planner.getCostFactory().makeCost(rows, rows, 0);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .item("table", table.getQualifiedName())
                .item("index", index.name())
                .itemIf(
                        "narrowing",
                        Arrays.toString(narrowing),
                        Arrays.stream(narrowing).anyMatch(n -> n != IndexLookup.Narrowing.NONE));
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        Result keys = implementor.visitChild(this, 0, (EnumerableRel) getInput(), Prefer.ARRAY);
        BlockBuilder b = new BlockBuilder();
        Expression keyRows = b.append("keys", keys.block);
        keyRows = keys.physType.convertTo(keyRows, JavaRowFormat.ARRAY);
        boolean scalar = getRowType().getFieldCount() == 1;
        Expression lookup = implementor.stash(new IndexLookup(tuskTable, index, narrowing, scalar), IndexLookup.class);
        b.add(Expressions.return_(null, Expressions.call(lookup, ROWS, implementor.getRootExpression(), keyRows)));
        PhysType physType = PhysTypeImpl.of(
                implementor.getTypeFactory(), getRowType(), scalar ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY);
        return implementor.result(physType, b.toBlock());
    }

    /** The traits of a lookup: the Enumerable convention. */
    static RelTraitSet traits(RelOptCluster cluster) {
        return cluster.traitSetOf(EnumerableConvention.INSTANCE);
    }
}

package dev.tusk.calcite.plan;

import dev.tusk.calcite.catalog.IndexLookup;
import dev.tusk.calcite.catalog.TuskTable;
import dev.tusk.calcite.store.HashIndex;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Turns a filter over a Tusk table into an index lookup when the filter's conjuncts give every column of one of
 * the table's indexes an equality with a value that does not depend on the row (literals, parameters and
 * deterministic functions of them). The whole condition stays as a filter above the lookup, so the lookup only
 * has to return a superset of the matching rows (it returns exactly the rows with the key).
 */
final class IndexLookupRule extends RelOptRule {
    /** The rule. */
    static final IndexLookupRule INSTANCE = new IndexLookupRule();

    @SuppressWarnings("deprecation")
    private IndexLookupRule() {
        super(operand(LogicalFilter.class, operand(TableScan.class, none())), "TuskIndexLookupRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalFilter filter = call.rel(0);
        TableScan scan = call.rel(1);
        TuskTable table = scan.getTable().unwrap(TuskTable.class);
        if (table == null || table.indexes().isEmpty()) {
            return;
        }
        List<RexNode> conjuncts = RexUtil.flattenAnd(List.of(filter.getCondition()));
        List<KeyTerm> terms = new ArrayList<>();
        RelDataType rowType = scan.getRowType();
        for (RexNode c : conjuncts) {
            KeyTerm t = keyTerm(c, rowType);
            if (t != null) {
                terms.add(t);
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        HashIndex best = null;
        List<KeyTerm> bestKeys = null;
        for (HashIndex index : table.indexes()) {
            List<KeyTerm> keys = new ArrayList<>();
            for (var col : index.columns()) {
                KeyTerm found = null;
                for (KeyTerm t : terms) {
                    if (t.column() == col.position()) {
                        found = t;
                        break;
                    }
                }
                if (found == null) {
                    keys = null;
                    break;
                }
                keys.add(found);
            }
            if (keys != null && (best == null || (index.isUnique() && !best.isUnique()))) {
                best = index;
                bestKeys = keys;
            }
        }
        if (best == null) {
            return;
        }
        List<RexNode> keyExprs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        IndexLookup.Narrowing[] narrowing = new IndexLookup.Narrowing[bestKeys.size()];
        for (int i = 0; i < bestKeys.size(); i++) {
            keyExprs.add(bestKeys.get(i).key());
            names.add("k" + i);
            narrowing[i] = bestKeys.get(i).narrowing();
        }
        var cluster = filter.getCluster();
        RelNode keyRows = LogicalProject.create(LogicalValues.createOneRow(cluster), List.of(), keyExprs, names);
        keyRows = convert(keyRows, keyRows.getTraitSet().replace(EnumerableConvention.INSTANCE));
        TuskIndexLookup lookup = new TuskIndexLookup(
                cluster, TuskIndexLookup.traits(cluster), keyRows, scan.getTable(), best, narrowing);
        call.transformTo(filter.copy(filter.getTraitSet(), lookup, filter.getCondition()));
    }

    /** An equality of a table column with a row-independent value. */
    private record KeyTerm(int column, RexNode key, IndexLookup.Narrowing narrowing) {}

    private static KeyTerm keyTerm(RexNode c, RelDataType rowType) {
        if (c.getKind() != SqlKind.EQUALS) {
            return null;
        }
        RexCall eq = (RexCall) c;
        KeyTerm t = keyTerm(eq.getOperands().get(0), eq.getOperands().get(1), rowType);
        return t != null ? t : keyTerm(eq.getOperands().get(1), eq.getOperands().get(0), rowType);
    }

    private static KeyTerm keyTerm(RexNode columnSide, RexNode key, RelDataType rowType) {
        if (!rowIndependent(key)) {
            return null;
        }
        SqlTypeName keyType = key.getType().getSqlTypeName();
        if (columnSide instanceof RexInputRef ref) {
            SqlTypeName colType =
                    rowType.getFieldList().get(ref.getIndex()).getType().getSqlTypeName();
            if (colType == keyType && exactEquality(colType)) {
                return new KeyTerm(ref.getIndex(), key, IndexLookup.Narrowing.NONE);
            }
            return null;
        }
        if (columnSide.getKind() == SqlKind.CAST
                && ((RexCall) columnSide).getOperands().get(0) instanceof RexInputRef ref) {
            // an integer column widened to the key's type: equal exactly when the key narrows back exactly
            RelDataType castTo = columnSide.getType();
            SqlTypeName colType =
                    rowType.getFieldList().get(ref.getIndex()).getType().getSqlTypeName();
            IndexLookup.Narrowing n =
                    switch (colType) {
                        case SMALLINT -> IndexLookup.Narrowing.TO_SHORT;
                        case INTEGER -> IndexLookup.Narrowing.TO_INT;
                        case BIGINT -> IndexLookup.Narrowing.TO_LONG;
                        default -> null;
                    };
            if (n == null || castTo.getSqlTypeName() != keyType || !widens(colType, castTo)) {
                return null;
            }
            return new KeyTerm(ref.getIndex(), key, n);
        }
        return null;
    }

    /** Whether a cast of an integer column to {@code to} keeps every value exactly (no overflow, no rounding). */
    private static boolean widens(SqlTypeName from, RelDataType to) {
        int digits =
                switch (from) {
                    case SMALLINT -> 5;
                    case INTEGER -> 10;
                    default -> 19;
                };
        return switch (to.getSqlTypeName()) {
            case SMALLINT -> from == SqlTypeName.SMALLINT;
            case INTEGER -> from != SqlTypeName.BIGINT;
            case BIGINT -> true;
            case DECIMAL -> to.getPrecision() - to.getScale() >= digits;
            default -> false;
        };
    }

    /**
     * Types whose Java values compare with {@code equals} exactly as the SQL {@code =} the plan would evaluate
     * (numeric goes through the index's numeric equivalence). Not char(n) (padding), not floats (NaN, -0).
     */
    private static boolean exactEquality(SqlTypeName t) {
        return switch (t) {
            case SMALLINT, INTEGER, BIGINT, DECIMAL, VARCHAR, BOOLEAN, DATE -> true;
            default -> false;
        };
    }

    /**
     * Literals, parameters and non-volatile calls of them: evaluated once per statement, not per row. Stable calls
     * ("dynamic functions" to Calcite: now(), settings-dependent casts) qualify, as in PostgreSQL's index scans.
     */
    private static boolean rowIndependent(RexNode n) {
        if (n instanceof RexLiteral || n instanceof RexDynamicParam) {
            return true;
        }
        if (n instanceof RexCall call) {
            if (!call.getOperator().isDeterministic()) {
                return false;
            }
            for (RexNode o : call.getOperands()) {
                if (!rowIndependent(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}

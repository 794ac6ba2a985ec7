package dev.tusk.calcite.plan;

import dev.tusk.calcite.datetime.DatetimeRewriter;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.sql.PgRewriter;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;

/**
 * Expands a view where a query reads it: its stored query is parsed, rewritten, validated under the search_path
 * it was created with and converted into the same cluster, then given the view's column names and types.
 */
final class ViewExpansion implements RelOptTable.ViewExpander {
    private final QueryPlanner planner;
    private final CalciteSchema root;
    private final RelOptCluster cluster;
    private final Deque<List<String>> expanding = new ArrayDeque<>();

    ViewExpansion(QueryPlanner planner, CalciteSchema root, RelOptCluster cluster) {
        this.planner = planner;
        this.root = root;
        this.cluster = cluster;
    }

    @Override
    public RelRoot expandView(RelDataType rowType, String queryString, List<String> schemaPath, List<String> viewPath) {
        if (viewPath != null && expanding.contains(viewPath)) {
            throw new PgException(
                    SqlState.INVALID_OBJECT_DEFINITION,
                    "infinite recursion detected in rules for relation \"" + viewPath.get(viewPath.size() - 1) + "\"");
        }
        expanding.push(viewPath == null ? List.of() : viewPath);
        try {
            SqlNode query = DatetimeRewriter.rewrite(PgRewriter.rewrite(PgSqlParser.parse(queryString)));
            PgCatalogReader catalog = planner.catalogReader(root, schemaPath, null);
            SqlValidator validator = planner.validator(catalog);
            SqlNode validated = validator.validate(query);
            SqlToRelConverter converter = planner.converter(this, validator, catalog, cluster);
            RelRoot converted = converter.convertQuery(validated, false, false);
            RelNode rel = converter.decorrelate(validated, converted.project());
            return RelRoot.of(align(rel, rowType, viewPath), rowType, SqlKind.SELECT);
        } finally {
            expanding.pop();
        }
    }

    /**
     * The view's columns from its query's: the first ones (a replaced view may have gained columns at the end;
     * {@code *} over a table that gained columns returns more), renamed, and cast where a type differs.
     */
    private RelNode align(RelNode rel, RelDataType rowType, List<String> viewPath) {
        int n = rowType.getFieldCount();
        if (rel.getRowType().getFieldCount() < n) {
            throw new PgException(
                    SqlState.FEATURE_NOT_SUPPORTED,
                    "view \"" + (viewPath == null ? "?" : viewPath.get(viewPath.size() - 1))
                            + "\" no longer matches the relations it reads");
        }
        RexBuilder rex = cluster.getRexBuilder();
        List<RexNode> exprs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RexNode ref = rex.makeInputRef(rel, i);
            RelDataType target = rowType.getFieldList().get(i).getType();
            if (ref.getType().equals(target)) {
                exprs.add(ref);
            } else if (SqlTypeUtil.equalSansNullability(cluster.getTypeFactory(), ref.getType(), target)) {
                exprs.add(rex.makeAbstractCast(target, ref, false)); // view columns are nullable
            } else if (ref.getType().getSqlTypeName() == target.getSqlTypeName()) {
                // the same representation with another precision (numeric(6,2) where the view says numeric):
                // a CAST would rescale the values, which PostgreSQL does not
                exprs.add(rex.makeReinterpretCast(target, ref, rex.makeLiteral(false)));
            } else {
                exprs.add(rex.makeCast(target, ref, true, false));
            }
        }
        return LogicalProject.create(rel, List.of(), exprs, rowType.getFieldNames(), Set.of());
    }
}

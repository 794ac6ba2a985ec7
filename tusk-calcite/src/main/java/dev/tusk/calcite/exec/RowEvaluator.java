package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.store.Snapshot;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;

/**
 * Expressions over one row of a table (RETURNING lists, CHECK constraints), compiled once with Calcite and
 * evaluated per row: the row's values are bound as parameters after the statement's own.
 */
final class RowEvaluator {
    private final CompiledQuery query;

    private RowEvaluator(CompiledQuery query) {
        this.query = query;
    }

    /**
     * Compiles {@code SELECT items FROM (VALUES (row)) AS alias(columns)}.
     *
     * @param userParamTypes the OIDs of the statement's own parameters ($1...), which the items may use
     */
    static RowEvaluator compile(
            List<SqlNode> items,
            TableDef table,
            String alias,
            int[] userParamTypes,
            ExecContext cx,
            CalciteSchema root) {
        int k = userParamTypes.length;
        List<SqlNode> row = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] declared = new int[k + table.columns().size()];
        System.arraycopy(userParamTypes, 0, declared, 0, k);
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnDef c = table.columns().get(i);
            row.add(SqlTrees.cast(new SqlDynamicParam(k + i, SqlTrees.POS), c.type()));
            names.add(c.name());
            declared[k + i] = 0;
        }
        SqlNode from = SqlTrees.aliased(SqlTrees.values(row), alias, names);
        List<SqlNode> copies = new ArrayList<>();
        for (SqlNode item : items) {
            copies.add(SqlTrees.copy(item));
        }
        CompiledQuery q = cx.planner().compile(SqlTrees.select(copies, from, null), declared, cx.searchPath(), root);
        return new RowEvaluator(q);
    }

    /**
     * Compiles {@code SELECT items FROM (VALUES (existing)) AS alias(columns), (VALUES (proposed)) AS excluded(columns)}
     * for ON CONFLICT DO UPDATE: the row values bind after the statement's parameters, existing row first.
     */
    static RowEvaluator compileUpsert(
            List<SqlNode> items,
            TableDef table,
            String alias,
            int[] userParamTypes,
            ExecContext cx,
            CalciteSchema root) {
        int k = userParamTypes.length;
        int n = table.columns().size();
        List<SqlNode> existing = new ArrayList<>();
        List<SqlNode> proposed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] declared = new int[k + 2 * n];
        System.arraycopy(userParamTypes, 0, declared, 0, k);
        for (int i = 0; i < n; i++) {
            ColumnDef c = table.columns().get(i);
            existing.add(SqlTrees.cast(new SqlDynamicParam(k + i, SqlTrees.POS), c.type()));
            proposed.add(SqlTrees.cast(new SqlDynamicParam(k + n + i, SqlTrees.POS), c.type()));
            names.add(c.name());
        }
        SqlNode from = new org.apache.calcite.sql.SqlJoin(
                SqlTrees.POS,
                SqlTrees.aliased(SqlTrees.values(existing), alias, names),
                org.apache.calcite.sql.SqlLiteral.createBoolean(false, SqlTrees.POS),
                org.apache.calcite.sql.JoinType.COMMA.symbol(SqlTrees.POS),
                SqlTrees.aliased(SqlTrees.values(proposed), "excluded", names),
                org.apache.calcite.sql.JoinConditionType.NONE.symbol(SqlTrees.POS),
                null);
        List<SqlNode> copies = new ArrayList<>();
        for (SqlNode item : items) {
            copies.add(SqlTrees.copy(item));
        }
        CompiledQuery q = cx.planner().compile(SqlTrees.select(copies, from, null), declared, cx.searchPath(), root);
        return new RowEvaluator(q);
    }

    /** The result columns, for RowDescription. */
    CompiledQuery query() {
        return query;
    }

    /** Evaluates the items over one row (values in Calcite's form). */
    Object[] evaluate(Object[] userParams, Object[] row, ExecContext cx, CalciteSchema root, Snapshot snapshot) {
        Object[] params = new Object[userParams.length + row.length];
        System.arraycopy(userParams, 0, params, 0, userParams.length);
        System.arraycopy(row, 0, params, userParams.length, row.length);
        List<Object[]> out = PlanRunner.run(
                query,
                root,
                cx.types(),
                cx.session(),
                snapshot,
                params,
                cx.cancel(),
                cx.transaction().sequences());
        return out.get(0);
    }
}

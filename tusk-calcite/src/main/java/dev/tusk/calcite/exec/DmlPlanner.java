package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.TuskTable;
import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/** Plans INSERT, UPDATE and DELETE: the Calcite query that computes their rows, plus RETURNING and CHECK evaluators. */
public final class DmlPlanner {
    private static final String SOURCE = "tusk_source";

    private DmlPlanner() {}

    /** Plans an INSERT. */
    public static PreparedDml insert(PgInsert stmt, int[] declaredTypes, ExecContext cx) {
        CatalogState catalog = cx.transaction().catalog();
        TableDef table = Names.table(catalog, stmt.table, cx.searchPath());
        CalciteSchema root = catalog.calciteRoot();
        List<Integer> targets = new ArrayList<>();
        if (stmt.columns == null) {
            // without a column list, VALUES may give fewer values: the first columns get them, the rest defaults
            int n = table.columns().size();
            if (stmt.source != null && stmt.source.getKind() == SqlKind.VALUES) {
                int width = 0;
                for (SqlNode r : ((SqlCall) stmt.source).getOperandList()) {
                    width = Math.max(width, ((SqlCall) r).operandCount());
                }
                if (width > n) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
                }
                n = width;
            }
            for (int i = 0; i < n; i++) {
                targets.add(i);
            }
        } else {
            Set<String> seen = new HashSet<>();
            for (SqlNode n : stmt.columns) {
                String name = ((SqlIdentifier) n).getSimple();
                if (!seen.add(name)) {
                    throw new PgException(
                            SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
                }
                targets.add(columnIndex(table, name));
            }
        }
        SqlNode source = stmt.source;
        for (int i : targets) {
            ColumnDef c = table.columns().get(i);
            if (c.identity() == 'a' && source != null && !allDefault(source, targets.indexOf(i))) {
                throw PgException.builder(
                                SqlState.GENERATED_ALWAYS,
                                "cannot insert a non-DEFAULT value into column \"" + c.name() + "\"")
                        .detail("Column \"" + c.name() + "\" is an identity column defined as GENERATED ALWAYS.")
                        .hint("Use OVERRIDING SYSTEM VALUE to override.")
                        .build();
            }
        }
        List<SqlNode> items = new ArrayList<>();
        SqlNode from;
        if (source == null) {
            from = null;
            for (ColumnDef c : table.columns()) {
                items.add(SqlTrees.as(defaultOf(c), c.name()));
            }
        } else {
            SqlNode typedSource =
                    source.getKind() == SqlKind.VALUES ? typedValues((SqlCall) source, table, targets) : source;
            List<String> names = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                names.add("c" + (i + 1));
            }
            from = SqlTrees.aliased(typedSource, SOURCE, names);
            for (int i = 0; i < table.columns().size(); i++) {
                ColumnDef c = table.columns().get(i);
                int at = targets.indexOf(i);
                SqlNode e = at >= 0 ? SqlTrees.cast(SqlTrees.id(SOURCE, "c" + (at + 1)), c.type()) : defaultOf(c);
                items.add(SqlTrees.as(e, c.name()));
            }
        }
        CompiledQuery plan = compile(SqlTrees.select(items, from, null), declaredTypes, cx, root, targets.size());
        String alias = stmt.alias != null ? stmt.alias.getSimple() : table.name();
        PreparedDml dml =
                finish(PreparedDml.Kind.INSERT, table, plan, new int[0], stmt.returning, alias, cx, root, catalog);
        if (stmt.onConflict != null) {
            dml.onConflict(upsert(stmt.onConflict, table, alias, plan, cx, root));
        }
        return dml;
    }

    /** Plans an UPDATE. */
    public static PreparedDml update(PgUpdate stmt, int[] declaredTypes, ExecContext cx) {
        CatalogState catalog = cx.transaction().catalog();
        TableDef table = Names.table(catalog, stmt.table, cx.searchPath());
        CalciteSchema root = catalog.calciteRoot();
        String alias = stmt.alias != null ? stmt.alias.getSimple() : table.name();
        int[] targets = new int[stmt.targetColumns.size()];
        List<SqlNode> items = new ArrayList<>();
        items.add(SqlTrees.id(alias, TuskTable.HANDLE_COLUMN));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < targets.length; i++) {
            SqlIdentifier id = (SqlIdentifier) stmt.targetColumns.get(i);
            String name = id.names.get(id.names.size() - 1);
            targets[i] = columnIndex(table, name);
            if (!seen.add(targets[i])) {
                throw new PgException(
                        SqlState.DUPLICATE_COLUMN, "multiple assignments to same column \"" + name + "\"");
            }
            ColumnDef c = table.columns().get(targets[i]);
            SqlNode v = stmt.values.get(i);
            SqlNode e = v.getKind() == SqlKind.DEFAULT ? defaultOf(c) : SqlTrees.cast(v, c.type());
            items.add(SqlTrees.as(e, "v" + (i + 1)));
        }
        SqlNode from = targetRef(table, alias);
        if (stmt.from != null) {
            from = new SqlJoin(
                    SqlTrees.POS,
                    from,
                    SqlLiteral.createBoolean(false, SqlTrees.POS),
                    JoinType.COMMA.symbol(SqlTrees.POS),
                    stmt.from,
                    JoinConditionType.NONE.symbol(SqlTrees.POS),
                    null);
        }
        CompiledQuery plan = compile(SqlTrees.select(items, from, stmt.where), declaredTypes, cx, root, -1);
        return finish(PreparedDml.Kind.UPDATE, table, plan, targets, stmt.returning, alias, cx, root, catalog);
    }

    /** Plans a DELETE. */
    public static PreparedDml delete(PgDelete stmt, int[] declaredTypes, ExecContext cx) {
        CatalogState catalog = cx.transaction().catalog();
        TableDef table = Names.table(catalog, stmt.table, cx.searchPath());
        CalciteSchema root = catalog.calciteRoot();
        String alias = stmt.alias != null ? stmt.alias.getSimple() : table.name();
        SqlNode from = targetRef(table, alias);
        if (stmt.using != null) {
            from = new SqlJoin(
                    SqlTrees.POS,
                    from,
                    SqlLiteral.createBoolean(false, SqlTrees.POS),
                    JoinType.COMMA.symbol(SqlTrees.POS),
                    stmt.using,
                    JoinConditionType.NONE.symbol(SqlTrees.POS),
                    null);
        }
        List<SqlNode> items = List.of(SqlTrees.id(alias, TuskTable.HANDLE_COLUMN));
        CompiledQuery plan =
                compile(SqlTrees.select(new ArrayList<>(items), from, stmt.where), declaredTypes, cx, root, -1);
        return finish(PreparedDml.Kind.DELETE, table, plan, new int[0], stmt.returning, alias, cx, root, catalog);
    }

    private static PreparedDml.Upsert upsert(
            dev.tusk.calcite.parser.PgOnConflict oc,
            TableDef table,
            String alias,
            CompiledQuery plan,
            ExecContext cx,
            CalciteSchema root) {
        if (oc.constraint() != null) {
            boolean found = table.uniques().stream().anyMatch(u -> u.name().equals(oc.constraint()));
            if (!found) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT,
                        "constraint \"" + oc.constraint() + "\" for table \"" + table.name() + "\" does not exist");
            }
        } else if (oc.target() != null) {
            Set<Integer> cols = new HashSet<>();
            for (SqlNode n : oc.target()) {
                cols.add(columnIndex(table, ((SqlIdentifier) n).getSimple()));
            }
            List<int[]> keys = new ArrayList<>();
            table.uniques().forEach(u -> keys.add(u.columns()));
            // a unique index made by CREATE UNIQUE INDEX is an arbiter too
            cx.transaction().catalog().indexesOf(table.oid()).stream()
                    .filter(dev.tusk.calcite.catalog.IndexDef::unique)
                    .forEach(i -> keys.add(i.columns()));
            boolean matches = keys.stream().anyMatch(columns -> {
                Set<Integer> key = new HashSet<>();
                for (int c : columns) {
                    key.add(c);
                }
                return key.equals(cols);
            });
            if (!matches) {
                throw new PgException(
                        SqlState.INVALID_COLUMN_REFERENCE,
                        "there is no unique or exclusion constraint matching the ON CONFLICT specification");
            }
        } else if (oc.update()) {
            throw PgException.builder(
                            SqlState.SYNTAX_ERROR,
                            "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                    .hint("For example, ON CONFLICT (column_name).")
                    .build();
        }
        if (!oc.update()) {
            return new PreparedDml.Upsert(false, new int[0], null);
        }
        int[] targets = new int[oc.targetColumns().size()];
        List<SqlNode> items = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            SqlIdentifier id = (SqlIdentifier) oc.targetColumns().get(i);
            targets[i] = columnIndex(table, id.names.get(id.names.size() - 1));
            ColumnDef c = table.columns().get(targets[i]);
            SqlNode v = oc.values().get(i);
            items.add(SqlTrees.as(
                    v.getKind() == SqlKind.DEFAULT ? defaultOf(c) : SqlTrees.cast(v, c.type()), "v" + (i + 1)));
        }
        SqlNode where = oc.where() == null ? SqlLiteral.createBoolean(true, SqlTrees.POS) : oc.where();
        items.add(SqlTrees.as(SqlStdOperatorTable.IS_TRUE.createCall(SqlTrees.POS, where), "tusk_where"));
        int[] userTypes =
                plan.parameterTypes().stream().mapToInt(t -> t.type().oid()).toArray();
        return new PreparedDml.Upsert(
                true, targets, RowEvaluator.compileUpsert(items, table, alias, userTypes, cx, root));
    }

    private static PreparedDml finish(
            PreparedDml.Kind kind,
            TableDef table,
            CompiledQuery plan,
            int[] targets,
            org.apache.calcite.sql.SqlNodeList returningList,
            String alias,
            ExecContext cx,
            CalciteSchema root,
            CatalogState catalog) {
        int[] userTypes =
                plan.parameterTypes().stream().mapToInt(t -> t.type().oid()).toArray();
        RowEvaluator returning = null;
        if (returningList != null) {
            returning =
                    RowEvaluator.compile(new ArrayList<>(returningList.getList()), table, alias, userTypes, cx, root);
        }
        RowEvaluator checks = null;
        if (!table.checks().isEmpty() && kind != PreparedDml.Kind.DELETE) {
            List<SqlNode> conditions = new ArrayList<>();
            for (CheckDef c : table.checks()) {
                conditions.add(SqlStdOperatorTable.IS_NOT_FALSE.createCall(SqlTrees.POS, SqlTrees.copy(c.expr())));
            }
            checks = RowEvaluator.compile(conditions, table, table.name(), userTypes, cx, root);
        }
        return new PreparedDml(kind, table, plan, targets, returning, checks, root, catalog.version(), cx.types());
    }

    private static CompiledQuery compile(
            SqlNode select, int[] declaredTypes, ExecContext cx, CalciteSchema root, int width) {
        try {
            return cx.planner().compile(select, declaredTypes, cx.searchPath(), root);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (width >= 0 && m.contains("List of column aliases must have same degree as table")) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
            }
            throw e;
        }
    }

    private static SqlNode targetRef(TableDef table, String alias) {
        SqlIdentifier dml = SqlTrees.id(CatalogState.DML_SCHEMA, table.schema() + "." + table.name());
        return SqlStdOperatorTable.AS.createCall(
                SqlTrees.POS, dml, new SqlIdentifier(alias, org.apache.calcite.sql.parser.SqlParserPos.QUOTED_ZERO));
    }

    /** VALUES rows with each value cast to its target column's type and DEFAULT replaced by the column default. */
    private static SqlNode typedValues(SqlCall values, TableDef table, List<Integer> targets) {
        List<SqlNode> rows = new ArrayList<>();
        for (SqlNode r : values.getOperandList()) {
            SqlCall row = (SqlCall) r;
            List<SqlNode> operands = row.getOperandList();
            if (operands.size() > targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
            }
            if (operands.size() < targets.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions");
            }
            List<SqlNode> typed = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                ColumnDef c = table.columns().get(targets.get(i));
                SqlNode v = operands.get(i);
                typed.add(v.getKind() == SqlKind.DEFAULT ? defaultOf(c) : SqlTrees.cast(v, c.type()));
            }
            rows.add(SqlStdOperatorTable.ROW.createCall(SqlTrees.POS, typed));
        }
        return SqlStdOperatorTable.VALUES.createCall(SqlTrees.POS, rows);
    }

    /** Whether every VALUES row has DEFAULT at {@code position}. */
    private static boolean allDefault(SqlNode source, int position) {
        if (source.getKind() != SqlKind.VALUES) {
            return false;
        }
        for (SqlNode r : ((SqlCall) source).getOperandList()) {
            List<SqlNode> operands = ((SqlCall) r).getOperandList();
            if (position >= operands.size() || operands.get(position).getKind() != SqlKind.DEFAULT) {
                return false;
            }
        }
        return true;
    }

    private static SqlNode defaultOf(ColumnDef c) {
        PgTypeRef t = c.type();
        return c.defaultExpr() == null ? SqlTrees.nullOf(t) : SqlTrees.cast(SqlTrees.copy(c.defaultExpr()), t);
    }

    private static int columnIndex(TableDef table, String name) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new PgException(
                SqlState.UNDEFINED_COLUMN,
                "column \"" + name + "\" of relation \"" + table.name() + "\" does not exist");
    }
}

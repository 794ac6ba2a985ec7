package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.Expr;
import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.sql.Statement.SelectItem;
import dev.tusk.examples.memory.store.ColumnDef;
import dev.tusk.examples.memory.store.TableData;
import dev.tusk.examples.memory.store.TableDef;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import java.util.ArrayList;
import java.util.List;

/**
 * INSERT, UPDATE and DELETE: each builds a new version of the table in the session's transaction, with
 * values coerced to the column types, constraints checked, and optional RETURNING rows.
 */
public final class DmlPlan implements Plan {

    /** Computes the new rows of a table version and the rows affected (for the tag and RETURNING). */
    private interface Change {
        /** Adds the new version's rows to {@code result} and the affected rows to {@code affected}. */
        void apply(List<Object[]> current, List<Object[]> result, List<Object[]> affected, EvalContext cx);
    }

    private final String table;
    private final String tag;
    private final Change change;
    private final List<Compiled> returning;
    private final List<Column> columns;

    private DmlPlan(String table, String tag, Change change, List<Compiled> returning, List<Column> columns) {
        this.table = table;
        this.tag = tag;
        this.change = change;
        this.returning = returning;
        this.columns = columns;
    }

    /** Plans INSERT ... VALUES. */
    public static DmlPlan insert(Statement.Insert s, Transaction tx, ParamTypes params) {
        TableDef def = Sources.table(tx, s.table()).def();
        List<Integer> targets = new ArrayList<>();
        if (s.columns() == null) {
            for (int i = 0; i < def.columns().size(); i++) {
                targets.add(i);
            }
        } else {
            for (String name : s.columns()) {
                int i = def.indexOf(name);
                if (i < 0) {
                    throw PgException.builder(
                                    SqlState.UNDEFINED_COLUMN,
                                    "column \"" + name + "\" of relation \"" + def.name() + "\" does not exist")
                            .build();
                }
                if (targets.contains(i)) {
                    throw new PgException(
                            SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
                }
                targets.add(i);
            }
        }
        ExprCompiler compiler = new ExprCompiler(Scope.EMPTY, params);
        List<List<Compiled>> rows = new ArrayList<>();
        for (List<Expr> values : s.rows()) {
            if (values.size() > targets.size()) {
                throw PgException.builder(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                        .position(values.get(targets.size()).position())
                        .build();
            }
            if (s.columns() != null && values.size() < targets.size()) {
                throw PgException.builder(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                        .build();
            }
            List<Compiled> row = new ArrayList<>();
            for (int k = 0; k < values.size(); k++) {
                ColumnDef c = def.columns().get(targets.get(k));
                row.add(compiler.assignment(values.get(k), c.type(), c.typmod(), c.name()));
            }
            rows.add(row);
        }
        Change change = (current, result, affected, cx) -> {
            result.addAll(current);
            Object[] none = new Object[0];
            for (List<Compiled> values : rows) {
                Object[] row = new Object[def.columns().size()];
                for (int k = 0; k < values.size(); k++) {
                    row[targets.get(k)] = values.get(k).eval(none, cx);
                }
                Constraints.checkNotNull(def, row, cx.formatSettings());
                result.add(row);
                affected.add(row);
            }
        };
        return returning(def, "INSERT 0", change, s.returning(), params);
    }

    /** Plans UPDATE ... SET ... [WHERE]. */
    public static DmlPlan update(Statement.Update s, Transaction tx, ParamTypes params) {
        TableDef def = Sources.table(tx, s.table()).def();
        ExprCompiler compiler = new ExprCompiler(Scope.of(def, s.table().alias()), params);
        int[] targets = new int[s.assignments().size()];
        List<Compiled> values = new ArrayList<>();
        for (int k = 0; k < targets.length; k++) {
            Statement.Assignment a = s.assignments().get(k);
            int i = def.indexOf(a.column());
            if (i < 0) {
                throw PgException.builder(
                                SqlState.UNDEFINED_COLUMN,
                                "column \"" + a.column() + "\" of relation \"" + def.name() + "\" does not exist")
                        .position(a.position())
                        .build();
            }
            targets[k] = i;
            ColumnDef c = def.columns().get(i);
            values.add(compiler.assignment(a.value(), c.type(), c.typmod(), c.name()));
        }
        Compiled where = s.where() == null ? null : compiler.bool(s.where(), "WHERE");
        Change change = (current, result, affected, cx) -> {
            for (Object[] row : current) {
                if (where == null || Boolean.TRUE.equals(where.eval(row, cx))) {
                    Object[] updated = row.clone();
                    for (int k = 0; k < targets.length; k++) {
                        updated[targets[k]] = values.get(k).eval(row, cx);
                    }
                    Constraints.checkNotNull(def, updated, cx.formatSettings());
                    result.add(updated);
                    affected.add(updated);
                } else {
                    result.add(row);
                }
            }
        };
        return returning(def, "UPDATE", change, s.returning(), params);
    }

    /** Plans DELETE FROM ... [WHERE]. */
    public static DmlPlan delete(Statement.Delete s, Transaction tx, ParamTypes params) {
        TableDef def = Sources.table(tx, s.table()).def();
        ExprCompiler compiler = new ExprCompiler(Scope.of(def, s.table().alias()), params);
        Compiled where = s.where() == null ? null : compiler.bool(s.where(), "WHERE");
        Change change = (current, result, affected, cx) -> {
            for (Object[] row : current) {
                if (where == null || Boolean.TRUE.equals(where.eval(row, cx))) {
                    affected.add(row);
                } else {
                    result.add(row);
                }
            }
        };
        return returning(def, "DELETE", change, s.returning(), params);
    }

    private static DmlPlan returning(
            TableDef def, String tag, Change change, List<SelectItem> items, ParamTypes params) {
        if (items == null) {
            return new DmlPlan(def.name(), tag, change, null, List.of());
        }
        Statement.Select select = new Statement.Select(items, null, null, List.of(), null, null);
        Scope scope = Scope.of(def, null);
        ExprCompiler compiler = new ExprCompiler(scope, params);
        List<Compiled> outputs = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (SelectItem item : select.items()) {
            if (item.star()) {
                for (int i = 0; i < scope.slots().size(); i++) {
                    Scope.Slot slot = scope.slots().get(i);
                    int index = i;
                    outputs.add(new Compiled(slot.type(), slot.typmod(), (row, cx) -> row[index]));
                    columns.add(new Column(
                            slot.name(), slot.type(), slot.typmod(), slot.tableOid(), (short) slot.attnum()));
                }
                continue;
            }
            Compiled c = compiler.compile(item.expr());
            String name = item.alias() != null ? item.alias() : ColumnNames.of(item.expr());
            outputs.add(c);
            columns.add(new Column(name, Types.resultType(c.type()), c.typmod(), 0, (short) 0));
        }
        return new DmlPlan(def.name(), tag, change, outputs, columns);
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public QueryResult run(EvalContext cx) {
        Transaction tx = cx.state().tx();
        TableData current = tx.table(table);
        if (current == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + table + "\" does not exist");
        }
        List<Object[]> result = new ArrayList<>(current.rows().size() + 8);
        List<Object[]> affected = new ArrayList<>();
        change.apply(current.rows(), result, affected, cx);
        if (!tag.equals("DELETE")) {
            Constraints.checkPrimaryKey(current.def(), result, cx.formatSettings());
        }
        if (!affected.isEmpty()) {
            tx.put(table, current, current.withRows(result));
        }
        if (returning == null) {
            return new QueryResult.Command(tag + " " + affected.size());
        }
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : affected) {
            Object[] o = new Object[returning.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = returning.get(i).eval(row, cx);
            }
            out.add(o);
        }
        return new QueryResult.Rows(columns, RowStream.of(out), tag);
    }
}

package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.store.HashIndex;
import dev.tusk.calcite.store.IndexColumn;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.RowCursor;
import dev.tusk.calcite.store.RowHandle;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Enforces FOREIGN KEY constraints for one statement as PostgreSQL's RI triggers do: the statement records the rows
 * it inserts, updates and deletes, and at its end each row is checked in order, referenced-side actions (NO ACTION,
 * RESTRICT, CASCADE, SET NULL, SET DEFAULT) first, then the referencing-side check. Cascaded changes are checked at
 * once, as the queries PostgreSQL's triggers run are.
 *
 * <p>Concurrency: a referencing-side check takes the referenced table's SHARE lock (held to the end of the
 * transaction) and looks the key up in the referenced unique index with the latest snapshot; writers of the
 * referenced table hold its EXCLUSIVE lock, so a key cannot disappear under a check and no committed row is left
 * referencing a deleted key. PostgreSQL locks only the referenced row (FOR KEY SHARE); here the whole referenced table
 * waits for transactions that inserted referencing rows.
 */
public final class ForeignKeys {
    private final CatalogState catalog;
    private final ExecContext cx;
    private final Transaction tx;
    private final Map<Integer, Links> links = new HashMap<>();
    private final Map<Integer, RowEvaluator> checks = new HashMap<>();
    private final List<Event> pending = new ArrayList<>();

    private record Event(Links table, Object[] oldRow, Object[] newRow) {}

    /** The foreign keys of one table as referencing (out) and as referenced (in) table, by constraint OID. */
    private record Links(TableDef table, List<Ref> out, List<Ref> in) {}

    /**
     * One foreign key resolved against the catalog.
     *
     * @param slots for each key column of the referenced index, which foreign key column it is
     */
    private record Ref(ForeignKeyDef fk, TableDef child, TableDef parent, HashIndex index, int[] slots) {}

    /** Starts the foreign-key work of one statement running in {@code tx}. */
    public ForeignKeys(CatalogState catalog, ExecContext cx, Transaction tx) {
        this.catalog = catalog;
        this.cx = cx;
        this.tx = tx;
    }

    /** Whether writing {@code table} involves any foreign key (as referencing or referenced table). */
    public static boolean involved(CatalogState catalog, TableDef table) {
        if (!table.foreignKeys().isEmpty()) {
            return true;
        }
        for (TableDef t : catalog.allTables()) {
            for (ForeignKeyDef fk : t.foreignKeys()) {
                if (fk.refTable() == table.oid()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The foreign keys (owned by any table) that reference {@code table}. */
    public static List<TableFk> referencing(CatalogState catalog, TableDef table) {
        List<TableFk> out = new ArrayList<>();
        for (TableDef t : catalog.allTables()) {
            for (ForeignKeyDef fk : t.foreignKeys()) {
                if (fk.refTable() == table.oid()) {
                    out.add(new TableFk(t, fk));
                }
            }
        }
        out.sort(Comparator.comparingInt(x -> x.fk().oid()));
        return out;
    }

    /**
     * A foreign key with the table that owns it.
     *
     * @param table the referencing table
     * @param fk the constraint
     */
    public record TableFk(TableDef table, ForeignKeyDef fk) {}

    /** Records an inserted row. */
    public void inserted(TableDef table, Object[] row) {
        Links l = links(table);
        if (!l.out().isEmpty()) {
            pending.add(new Event(l, null, row));
        }
    }

    /** Records an updated row. */
    public void updated(TableDef table, Object[] oldRow, Object[] newRow) {
        pending.add(new Event(links(table), oldRow, newRow));
    }

    /** Records a deleted row. */
    public void deleted(TableDef table, Object[] oldRow) {
        Links l = links(table);
        if (!l.in().isEmpty()) {
            pending.add(new Event(l, oldRow, null));
        }
    }

    /** Runs the checks and actions for the rows recorded, at the end of the statement. */
    public void finish() {
        for (int i = 0; i < pending.size(); i++) {
            cancelPoint();
            process(pending.get(i));
        }
        pending.clear();
    }

    /**
     * Checks that every row of {@code table} satisfies {@code fk} (ALTER TABLE ADD FOREIGN KEY); 23503 for the first
     * row that does not.
     */
    public void validate(TableDef table, ForeignKeyDef fk) {
        Ref ref = resolve(table, fk);
        RowCursor c = table.data().scan(tx.latestSnapshot());
        while (c.next()) {
            cancelPoint();
            checkReferencing(ref, null, c.row());
        }
    }

    private void process(Event e) {
        if (e.oldRow() != null) {
            for (Ref r : e.table().in()) {
                referencedAction(r, e.oldRow(), e.newRow());
            }
        }
        if (e.newRow() != null) {
            for (Ref r : e.table().out()) {
                checkReferencing(r, e.oldRow(), e.newRow());
            }
        }
    }

    private Links links(TableDef table) {
        Links l = links.get(table.oid());
        if (l == null) {
            List<Ref> out = new ArrayList<>();
            for (ForeignKeyDef fk : table.foreignKeys()) {
                out.add(resolve(table, fk));
            }
            out.sort(Comparator.comparingInt(r -> r.fk().oid()));
            List<Ref> in = new ArrayList<>();
            for (TableFk x : referencing(catalog, table)) {
                in.add(resolve(x.table(), x.fk()));
            }
            l = new Links(table, out, in);
            links.put(table.oid(), l);
        }
        return l;
    }

    private Ref resolve(TableDef child, ForeignKeyDef fk) {
        TableDef parent = fk.refTable() == child.oid() ? child : catalog.tableByOid(fk.refTable());
        UniqueDef u = parent.unique(fk.refIndex());
        HashIndex index = u.index();
        List<IndexColumn> cols = index.columns();
        int[] slots = new int[cols.size()];
        for (int j = 0; j < slots.length; j++) {
            int pos = cols.get(j).position();
            slots[j] = -1;
            for (int i = 0; i < fk.refColumns().length; i++) {
                if (fk.refColumns()[i] == pos) {
                    slots[j] = i;
                }
            }
        }
        return new Ref(fk, child, parent, index, slots);
    }

    /** The referencing-side check of a new or changed row (RI_FKey_check). */
    private void checkReferencing(Ref r, Object[] oldRow, Object[] row) {
        ForeignKeyDef fk = r.fk();
        int nulls = 0;
        for (int c : fk.columns()) {
            if (row[c] == null) {
                nulls++;
            }
        }
        if (nulls == fk.columns().length) {
            return;
        }
        if (nulls > 0) {
            if (fk.matchFull()) {
                throw violation(
                                r,
                                "insert or update on table \"" + r.child().name()
                                        + "\" violates foreign key constraint \"" + fk.name() + "\"")
                        .detail("MATCH FULL does not allow mixing of null and nonnull key values.")
                        .build();
            }
            return;
        }
        if (oldRow != null && sameKey(fk.columns(), oldRow, row)) {
            return;
        }
        Object[] key = new Object[r.slots().length];
        for (int j = 0; j < key.length; j++) {
            int i = r.slots()[j];
            Object v = KeyTypes.convert(
                    row[fk.columns()[i]],
                    r.child().columns().get(fk.columns()[i]).type(),
                    r.parent().columns().get(fk.refColumns()[i]).type());
            if (v == KeyTypes.NO_MATCH) {
                key = null;
                break;
            }
            key[j] = v;
        }
        r.parent().data().lock(tx, LockMode.SHARE);
        if (key == null || r.index().lookup(key, tx.latestSnapshot()) == null) {
            throw violation(
                            r,
                            "insert or update on table \"" + r.child().name() + "\" violates foreign key constraint \""
                                    + fk.name() + "\"")
                    .detail("Key " + describe(r.child(), fk.columns(), row) + " is not present in table \""
                            + r.parent().name() + "\".")
                    .build();
        }
    }

    /** What deleting or updating a referenced row does (RI_FKey_noaction_del, _restrict_, _cascade_, _setnull_ ...). */
    private void referencedAction(Ref r, Object[] oldRow, Object[] newRow) {
        ForeignKeyDef fk = r.fk();
        for (int c : fk.refColumns()) {
            if (oldRow[c] == null) {
                return;
            }
        }
        if (newRow != null && sameKey(fk.refColumns(), oldRow, newRow)) {
            return;
        }
        char action = newRow == null ? fk.onDelete() : fk.onUpdate();
        if (action == 'a') {
            Object[] key = new Object[r.slots().length];
            for (int j = 0; j < key.length; j++) {
                key[j] = oldRow[fk.refColumns()[r.slots()[j]]];
            }
            if (r.index().lookup(key, tx.latestSnapshot()) != null) {
                return; // another row has the key now: nothing references a missing key
            }
        }
        TableDef child = r.child();
        if (action == 'c' || action == 'n' || action == 'd') {
            child.data().lock(tx, LockMode.EXCLUSIVE);
        }
        List<RowHandle> refs = referencingRows(r, oldRow);
        if (refs.isEmpty()) {
            return;
        }
        switch (action) {
            case 'a', 'r' -> throw stillReferenced(r, oldRow);
            case 'c' -> {
                if (newRow == null) {
                    for (RowHandle h : refs) {
                        Object[] old = h.row();
                        if (child.data().delete(tx, h)) {
                            process(new Event(links(child), old, null));
                        }
                    }
                } else {
                    Object[] values = new Object[fk.columns().length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = toChild(r, i, newRow[fk.refColumns()[i]]);
                    }
                    rewrite(r, refs, values, null);
                }
            }
            case 'n' -> rewrite(r, refs, new Object[fk.columns().length], null);
            default -> {
                rewrite(r, refs, null, defaults(child, fk));
                // a default equal to the key just removed leaves the rows referencing it (ri_triggers.c)
                if (!referencingRows(r, oldRow).isEmpty()) {
                    throw stillReferenced(r, oldRow);
                }
            }
        }
    }

    private PgException stillReferenced(Ref r, Object[] oldRow) {
        return violation(
                        r,
                        "update or delete on table \"" + r.parent().name()
                                + "\" violates foreign key constraint \"" + r.fk().name() + "\" on table \""
                                + r.child().name() + "\"")
                .detail("Key " + describe(r.parent(), r.fk().refColumns(), oldRow)
                        + " is still referenced from table \"" + r.child().name() + "\".")
                .build();
    }

    /** Sets the foreign key columns of the referencing rows to {@code values} (or their defaults), checking them. */
    private void rewrite(Ref r, List<RowHandle> refs, Object[] values, RowEvaluator defaults) {
        TableDef child = r.child();
        int[] cols = r.fk().columns();
        for (RowHandle h : refs) {
            Object[] old = h.row();
            Object[] row = old.clone();
            Object[] v = values != null ? values : defaults.evaluate(new Object[0], old, cx, root(), tx.snapshot());
            for (int i = 0; i < cols.length; i++) {
                row[cols[i]] = v[i];
            }
            for (int c : cols) {
                ColumnDef col = child.columns().get(c);
                if (row[c] == null && col.notNull()) {
                    throw PgException.builder(
                                    SqlState.NOT_NULL_VIOLATION,
                                    "null value in column \"" + col.name() + "\" of relation \"" + child.name()
                                            + "\" violates not-null constraint")
                            .detail("Failing row contains " + rowText(child, row) + ".")
                            .field('s', child.schema())
                            .field('t', child.name())
                            .field('c', col.name())
                            .build();
                }
            }
            checkConstraints(child, row);
            if (child.data().update(tx, h, row) != null) {
                process(new Event(links(child), old, row));
            }
        }
    }

    private void checkConstraints(TableDef t, Object[] row) {
        if (t.checks().isEmpty()) {
            return;
        }
        RowEvaluator ev = checks.computeIfAbsent(t.oid(), k -> {
            List<SqlNode> conditions = new ArrayList<>();
            for (CheckDef c : t.checks()) {
                conditions.add(SqlStdOperatorTable.IS_NOT_FALSE.createCall(SqlTrees.POS, SqlTrees.copy(c.expr())));
            }
            return RowEvaluator.compile(conditions, t, t.name(), new int[0], cx, root());
        });
        Object[] results = ev.evaluate(new Object[0], row, cx, root(), tx.snapshot());
        for (int i = 0; i < results.length; i++) {
            if (Boolean.FALSE.equals(results[i])) {
                throw PgException.builder(
                                SqlState.CHECK_VIOLATION,
                                "new row for relation \"" + t.name() + "\" violates check constraint \""
                                        + t.checks().get(i).name() + "\"")
                        .detail("Failing row contains " + rowText(t, row) + ".")
                        .build();
            }
        }
    }

    private RowEvaluator defaults(TableDef child, ForeignKeyDef fk) {
        List<SqlNode> items = new ArrayList<>();
        for (int c : fk.columns()) {
            ColumnDef col = child.columns().get(c);
            SqlNode e = col.defaultExpr() != null
                    ? SqlTrees.copy(col.defaultExpr())
                    : org.apache.calcite.sql.SqlLiteral.createNull(SqlTrees.POS);
            items.add(SqlTrees.cast(e, col.type()));
        }
        return RowEvaluator.compile(items, child, child.name(), new int[0], cx, root());
    }

    private org.apache.calcite.jdbc.CalciteSchema root() {
        return catalog.calciteRoot();
    }

    private Object toChild(Ref r, int i, Object parentValue) {
        PgTypeRef to = r.child().columns().get(r.fk().columns()[i]).type();
        Object v = KeyTypes.convert(
                parentValue, r.parent().columns().get(r.fk().refColumns()[i]).type(), to);
        if (v == KeyTypes.NO_MATCH) {
            String t = to.type().typname();
            throw new PgException(
                    SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    (t.equals("int2") ? "smallint" : t.equals("int8") ? "bigint" : "integer") + " out of range");
        }
        return v;
    }

    /** The rows of the referencing table whose key equals the referenced row's, as the latest snapshot sees them. */
    private List<RowHandle> referencingRows(Ref r, Object[] parentRow) {
        ForeignKeyDef fk = r.fk();
        int n = fk.columns().length;
        Object[] key = new Object[n];
        for (int i = 0; i < n; i++) {
            key[i] = parentRow[fk.refColumns()[i]];
        }
        List<IndexColumn> icols = r.index().columns();
        dev.tusk.calcite.store.KeyEquivalence[] eq = new dev.tusk.calcite.store.KeyEquivalence[n];
        for (int j = 0; j < icols.size(); j++) {
            eq[r.slots()[j]] = icols.get(j).equivalence();
        }
        PgTypeRef[] from = new PgTypeRef[n];
        PgTypeRef[] to = new PgTypeRef[n];
        boolean sameTypes = true;
        for (int i = 0; i < n; i++) {
            from[i] = r.child().columns().get(fk.columns()[i]).type();
            to[i] = r.parent().columns().get(fk.refColumns()[i]).type();
            sameTypes &= from[i].type() == to[i].type();
        }
        Snapshot snapshot = tx.latestSnapshot();
        List<RowHandle> out = new ArrayList<>();
        HashIndex childIndex = sameTypes ? childIndex(r) : null;
        RowCursor c;
        if (childIndex != null) {
            Object[] ikey = new Object[n];
            for (int j = 0; j < n; j++) {
                int pos = childIndex.columns().get(j).position();
                for (int i = 0; i < n; i++) {
                    if (fk.columns()[i] == pos) {
                        ikey[j] = key[i];
                    }
                }
            }
            c = childIndex.lookupAll(ikey, snapshot);
        } else {
            c = r.child().data().scan(snapshot);
        }
        rows:
        while (c.next()) {
            Object[] row = c.row();
            for (int i = 0; i < n; i++) {
                Object v = KeyTypes.convert(row[fk.columns()[i]], from[i], to[i]);
                if (v == null || v == KeyTypes.NO_MATCH || !eq[i].equal(v, key[i])) {
                    continue rows;
                }
            }
            out.add(c.handle());
        }
        return out;
    }

    /** An index of the referencing table on exactly the foreign key's columns, or null. */
    private static HashIndex childIndex(Ref r) {
        int[] cols = r.fk().columns();
        for (HashIndex i : r.child().data().indexes()) {
            if (i.columns().size() != cols.length) {
                continue;
            }
            boolean all = true;
            for (IndexColumn ic : i.columns()) {
                boolean found = false;
                for (int c : cols) {
                    found |= c == ic.position();
                }
                all &= found;
            }
            if (all) {
                return i;
            }
        }
        return null;
    }

    private static boolean sameKey(int[] cols, Object[] a, Object[] b) {
        for (int c : cols) {
            if (!Objects.equals(a[c], b[c])) {
                return false;
            }
        }
        return true;
    }

    private PgException.Builder violation(Ref r, String message) {
        return PgException.builder(SqlState.FOREIGN_KEY_VIOLATION, message)
                .field('s', r.child().schema())
                .field('t', r.child().name())
                .field('n', r.fk().name());
    }

    /** "(a, b)=(1, x)" with the columns' names and values. */
    private String describe(TableDef t, int[] cols, Object[] row) {
        StringBuilder names = new StringBuilder("(");
        StringBuilder values = new StringBuilder("(");
        for (int i = 0; i < cols.length; i++) {
            if (i > 0) {
                names.append(", ");
                values.append(", ");
            }
            ColumnDef c = t.columns().get(cols[i]);
            names.append(c.name());
            values.append(ValueText.render(
                    row[cols[i]], c.type(), cx.types(), cx.session().formatSettings()));
        }
        return names.append(")=").append(values).append(')').toString();
    }

    private String rowText(TableDef t, Object[] row) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.columns().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ValueText.render(
                    row[i], t.columns().get(i).type(), cx.types(), cx.session().formatSettings()));
        }
        return sb.append(')').toString();
    }

    private void cancelPoint() {
        if (cx.cancel().get()) {
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }
}

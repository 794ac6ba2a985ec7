package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.IndexDef;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.store.HashIndex;
import dev.tusk.calcite.store.IndexColumn;
import dev.tusk.calcite.store.RowCursor;
import dev.tusk.calcite.store.StoredTable;
import dev.tusk.calcite.store.TableStore;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * The end of ALTER TABLE: builds the new definition from the working copy, copies the rows into new storage when
 * columns or unique indexes changed (a rollback drops the copy, a commit the original), and checks new NOT NULL,
 * CHECK and FOREIGN KEY constraints against the rows with PostgreSQL's errors.
 */
final class TableRewrite {
    private TableRewrite() {}

    /** The working definition as a table (on the old storage), for resolving new foreign keys against it. */
    static TableDef draft(AlterTable w) {
        List<ColumnDef> columns = columns(w);
        List<UniqueDef> uniques = new ArrayList<>();
        for (AlterTable.Uq u : w.uniques) {
            uniques.add(new UniqueDef(
                    u.name(),
                    u.oid(),
                    u.indexOid(),
                    u.primary(),
                    positions(w, u.cols()),
                    u.existing() == null ? null : u.existing().index()));
        }
        return new TableDef(
                w.old.oid(), w.old.schema(), w.name, columns, uniques, checks(w), w.old.data(), foreignKeys(w));
    }

    /** Applies the work to storage and catalog; returns the new catalog. */
    static CatalogState finish(AlterTable w, Transaction tx) {
        ExecContext cx = w.cx;
        SessionTransaction st = cx.transaction();
        CatalogState catalog = w.catalog;
        for (SequenceDef s : w.droppedSequences) {
            st.onEnd(() -> st.database().store().dropSequence(s.sequence()), null);
        }
        catalog = remapSequences(w, catalog);
        List<ColumnDef> columns = columns(w);
        StoredTable data = w.old.data();
        List<UniqueDef> uniques = new ArrayList<>();
        if (w.rewrite) {
            st.changeCatalog(catalog); // sequences created by this statement are visible to the defaults
            TableStore store = st.database().store();
            StoredTable fresh = store.createTable(w.old.schema(), w.name);
            StoredTable original = w.old.data();
            st.onEnd(
                    () -> {
                        dropIfUnused(st, original);
                        dropIfUnused(st, fresh);
                    },
                    () -> store.dropTable(fresh));
            copyRows(w, columns, fresh, tx);
            for (AlterTable.Uq u : w.uniques) {
                int[] pos = positions(w, u.cols());
                List<IndexColumn> keys = new ArrayList<>();
                for (int p : pos) {
                    ColumnDef c = columns.get(p);
                    keys.add(new IndexColumn(
                            p,
                            DdlExecutor.quoteIfNeeded(c.name()),
                            DdlExecutor.equivalence(c.type()),
                            v -> ValueText.render(
                                    v, c.type(), cx.types(), cx.session().formatSettings())));
                }
                HashIndex index = fresh.createIndex(tx, u.name(), true, true, keys);
                uniques.add(new UniqueDef(u.name(), u.oid(), u.indexOid(), u.primary(), pos, index));
            }
            data = fresh;
        } else {
            for (AlterTable.Uq u : w.uniques) {
                uniques.add(new UniqueDef(
                        u.name(),
                        u.oid(),
                        u.indexOid(),
                        u.primary(),
                        positions(w, u.cols()),
                        u.existing().index()));
            }
        }
        TableDef table =
                new TableDef(w.old.oid(), w.old.schema(), w.name, columns, uniques, checks(w), data, foreignKeys(w));
        verify(w, table, catalog, tx);
        catalog = catalog.withTableReplaced(w.old, table);
        catalog = carryIndexes(w, catalog, table, tx);
        catalog = remapIncoming(w, catalog);
        ForeignKeys fk = new ForeignKeys(catalog, cx, tx);
        for (AlterTable.Fk f : w.fks) {
            if (f.fresh()) {
                fk.validate(
                        table,
                        table.foreignKeys().stream()
                                .filter(d -> d.oid() == f.def().oid())
                                .findFirst()
                                .orElseThrow());
            }
        }
        return catalog;
    }

    /**
     * The table's CREATE INDEX indexes follow it: renamed with it, their columns renumbered, rebuilt on the new
     * storage when the rows were copied, and dropped with a column they cover (as PostgreSQL drops them).
     */
    private static CatalogState carryIndexes(AlterTable w, CatalogState catalog, TableDef table, Transaction tx) {
        for (IndexDef i : catalog.indexesOf(w.old.oid())) {
            int[] cols = new int[i.columns().length];
            boolean covered = true;
            for (int k = 0; k < cols.length; k++) {
                cols[k] = -1;
                for (int n = 0; n < w.cols.size(); n++) {
                    if (w.cols.get(n).source == i.columns()[k]) {
                        cols[k] = n;
                    }
                }
                covered &= cols[k] >= 0;
            }
            if (!covered) {
                catalog = catalog.withoutIndex(i);
                continue;
            }
            HashIndex index = i.index();
            if (table.data() != w.old.data()) {
                List<IndexColumn> keys = new ArrayList<>();
                for (int p : cols) {
                    ColumnDef c = table.columns().get(p);
                    keys.add(new IndexColumn(
                            p,
                            DdlExecutor.quoteIfNeeded(c.name()),
                            DdlExecutor.equivalence(c.type()),
                            v -> ValueText.render(
                                    v, c.type(), w.cx.types(), w.cx.session().formatSettings())));
                }
                index = table.data().createIndex(tx, i.name(), i.unique(), true, keys);
            }
            catalog = catalog.withIndex(new IndexDef(
                    i.oid(), i.schema(), i.name(), table.oid(), table.name(), i.unique(), cols, i.method(), index));
        }
        return catalog;
    }

    private static void dropIfUnused(SessionTransaction st, StoredTable data) {
        for (TableDef t : st.database().committed().allTables()) {
            if (t.data() == data) {
                return;
            }
        }
        st.database().store().dropTable(data);
    }

    private static List<ColumnDef> columns(AlterTable w) {
        List<ColumnDef> out = new ArrayList<>();
        for (int i = 0; i < w.cols.size(); i++) {
            AlterTable.Col c = w.cols.get(i);
            out.add(new ColumnDef(
                    c.name,
                    i + 1,
                    c.type,
                    c.notNull,
                    c.defaultExpr,
                    c.defaultExpr == null ? null : c.defaultExpr.toString(),
                    c.identity));
        }
        return out;
    }

    private static int[] positions(AlterTable w, List<AlterTable.Col> cols) {
        int[] out = new int[cols.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.cols.indexOf(cols.get(i));
        }
        return out;
    }

    private static List<CheckDef> checks(AlterTable w) {
        List<CheckDef> out = new ArrayList<>();
        for (AlterTable.Chk k : w.checks) {
            out.add(k.def());
        }
        return out;
    }

    private static List<ForeignKeyDef> foreignKeys(AlterTable w) {
        List<ForeignKeyDef> out = new ArrayList<>();
        for (AlterTable.Fk f : w.fks) {
            int[] refs = f.refCols() == null ? f.def().refColumns() : positions(w, f.refCols());
            out.add(f.def().withColumns(positions(w, f.cols()), refs));
        }
        return out;
    }

    /** Owned sequences follow their column to its new attnum. */
    private static CatalogState remapSequences(AlterTable w, CatalogState catalog) {
        for (SequenceDef s : catalog.ownedSequences(w.old.oid())) {
            AlterTable.Col col = w.newSequences.get(s);
            if (col == null) {
                for (AlterTable.Col c : w.cols) {
                    if (c.source >= 0 && c.source + 1 == s.ownerColumn()) {
                        col = c;
                    }
                }
            }
            if (col == null) {
                continue;
            }
            int attnum = w.cols.indexOf(col) + 1;
            if (attnum != s.ownerColumn()) {
                catalog = catalog.withSequence(
                        new SequenceDef(s.oid(), s.schema(), s.name(), s.sequence(), s.ownerTable(), attnum));
            }
        }
        return catalog;
    }

    /** Foreign keys of other tables that reference this one: new positions, dropped ones removed. */
    private static CatalogState remapIncoming(AlterTable w, CatalogState catalog) {
        for (ForeignKeys.TableFk d : ForeignKeys.referencing(catalog, w.old)) {
            if (d.table().oid() == w.old.oid()) {
                continue;
            }
            AlterTable.Fk kept = null;
            for (AlterTable.Fk f : w.incoming) {
                if (f.def().oid() == d.fk().oid()) {
                    kept = f;
                }
            }
            TableDef owner = catalog.tableByOid(d.table().oid());
            List<ForeignKeyDef> list = new ArrayList<>();
            for (ForeignKeyDef f : owner.foreignKeys()) {
                if (f.oid() != d.fk().oid()) {
                    list.add(f);
                } else if (kept != null) {
                    list.add(kept.def().withColumns(f.columns(), positions(w, kept.refCols())));
                }
            }
            catalog = catalog.withTable(owner.withForeignKeys(list));
        }
        return catalog;
    }

    /** Copies every live row into {@code fresh}, computing new and retyped columns. */
    private static void copyRows(AlterTable w, List<ColumnDef> columns, StoredTable fresh, Transaction tx) {
        ExecContext cx = w.cx;
        List<SqlNode> items = new ArrayList<>();
        int[] computed = new int[w.cols.size()];
        boolean[] rounds = new boolean[w.cols.size()];
        for (int i = 0; i < w.cols.size(); i++) {
            AlterTable.Col c = w.cols.get(i);
            // without USING, PostgreSQL's numeric and float to integer casts round (Calcite's truncate)
            rounds[i] = c.fill instanceof org.apache.calcite.sql.SqlIdentifier
                    && c.source >= 0
                    && IntegerCasts.applies(w.old.columns().get(c.source).type(), c.type);
            computed[i] = -1;
            if (c.fill != null && !rounds[i]) {
                computed[i] = items.size();
                items.add(SqlTrees.cast(SqlTrees.copy(c.fill), c.type));
            }
        }
        RowEvaluator ev = items.isEmpty()
                ? null
                : RowEvaluator.compile(items, w.old, w.old.name(), new int[0], cx, w.catalog.calciteRoot());
        RelDataType[] types = new RelDataType[w.cols.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = CalciteTypes.toRelDataType(w.cols.get(i).type, cx.types());
        }
        RowCursor rows = w.old.data().scan(tx.latestSnapshot());
        List<Object[]> copies = new ArrayList<>();
        while (rows.next()) {
            cancelPoint(cx);
            Object[] old = rows.row();
            Object[] values =
                    ev == null ? null : ev.evaluate(new Object[0], old, cx, w.catalog.calciteRoot(), tx.snapshot());
            Object[] row = new Object[w.cols.size()];
            for (int i = 0; i < row.length; i++) {
                AlterTable.Col c = w.cols.get(i);
                Object v;
                if (rounds[i]) {
                    v = IntegerCasts.round(
                            old[c.source], w.old.columns().get(c.source).type(), c.type);
                } else {
                    v = computed[i] >= 0 ? values[computed[i]] : c.source >= 0 ? old[c.source] : null;
                }
                PgTypeRef t = c.type;
                if (v instanceof String text
                        && (computed[i] >= 0 || rounds[i])
                        && t.typmod() >= 0
                        && dev.tusk.calcite.type.TextHeldValues.textHeld(t.type())) {
                    v = dev.tusk.calcite.type.TextHeldValues.applyTypmod(
                            text, t, cx.session().formatSettings(), false);
                } else if (v != null && (computed[i] >= 0 || rounds[i]) && t.typmod() >= 0) {
                    Object pg = CalciteValues.toPg(v, types[i]);
                    v = CalciteValues.toCalcite(t.type().applyTypmod(pg, t.typmod(), false), types[i]);
                }
                row[i] = v;
            }
            copies.add(row);
        }
        for (Object[] row : copies) {
            fresh.insert(tx, row);
        }
    }

    /** NOT NULL on columns that gained it, then the new CHECK constraints, row by row (23502, 23514). */
    private static void verify(AlterTable w, TableDef table, CatalogState catalog, Transaction tx) {
        ExecContext cx = w.cx;
        List<Integer> notNull = new ArrayList<>();
        for (int i = 0; i < w.cols.size(); i++) {
            if (w.cols.get(i).verifyNotNull) {
                notNull.add(i);
            }
        }
        List<CheckDef> fresh = new ArrayList<>();
        for (AlterTable.Chk k : w.checks) {
            if (k.fresh()) {
                fresh.add(k.def());
            }
        }
        if (notNull.isEmpty() && fresh.isEmpty()) {
            return;
        }
        RowEvaluator ev = null;
        if (!fresh.isEmpty()) {
            List<SqlNode> conditions = new ArrayList<>();
            for (CheckDef c : fresh) {
                conditions.add(SqlStdOperatorTable.IS_NOT_FALSE.createCall(SqlTrees.POS, SqlTrees.copy(c.expr())));
            }
            ev = RowEvaluator.compile(conditions, table, table.name(), new int[0], cx, catalog.calciteRoot());
        }
        RowCursor rows = table.data().scan(tx.latestSnapshot());
        while (rows.next()) {
            cancelPoint(cx);
            Object[] row = rows.row();
            for (int i : notNull) {
                if (row[i] == null) {
                    String col = table.columns().get(i).name();
                    throw PgException.builder(
                                    SqlState.NOT_NULL_VIOLATION,
                                    "column \"" + col + "\" of relation \"" + table.name() + "\" contains null values")
                            .field('s', table.schema())
                            .field('t', table.name())
                            .field('c', col)
                            .build();
                }
            }
            if (ev != null) {
                Object[] results = ev.evaluate(new Object[0], row, cx, catalog.calciteRoot(), tx.snapshot());
                for (int i = 0; i < results.length; i++) {
                    if (Boolean.FALSE.equals(results[i])) {
                        String name = fresh.get(i).name();
                        throw PgException.builder(
                                        SqlState.CHECK_VIOLATION,
                                        "check constraint \"" + name + "\" of relation \"" + table.name()
                                                + "\" is violated by some row")
                                .field('s', table.schema())
                                .field('t', table.name())
                                .field('n', name)
                                .build();
                    }
                }
            }
        }
    }

    private static void cancelPoint(ExecContext cx) {
        if (cx.cancel().get()) {
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }
}

package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.RowHandle;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.rel.type.RelDataType;

/**
 * An INSERT, UPDATE or DELETE planned once and executed many times: Calcite computes the rows (the new rows of
 * INSERT, the target rows and new values of UPDATE, the target rows of DELETE); Tusk checks the constraints and
 * writes them to the store.
 */
public final class PreparedDml {
    /** Which command. */
    enum Kind {
        INSERT,
        UPDATE,
        DELETE
    }

    private final Kind kind;
    private final TableDef table;
    private final CompiledQuery plan;
    private final int[] targets;
    private final RowEvaluator returning;
    private final RowEvaluator checks;
    private final CalciteSchema root;
    private final long catalogVersion;
    private final RelDataType[] columnTypes;
    private final boolean[] assigned;
    private Upsert upsert;
    private long fkVersion = -1;
    private boolean fkInvolved;

    /**
     * What INSERT ... ON CONFLICT does with a row whose key exists.
     *
     * @param update DO UPDATE (else DO NOTHING)
     * @param targets the columns DO UPDATE assigns
     * @param values evaluates the new values and then the WHERE condition (last item) over existing and excluded
     */
    record Upsert(boolean update, int[] targets, RowEvaluator values) {}

    /** Thrown before any write when the catalog changed after planning; the caller plans again and retries. */
    public static final class StalePlanException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StalePlanException() {
            super("the catalog changed since the statement was planned", null, false, false);
        }
    }

    /** Sets the ON CONFLICT action (INSERT only). */
    void onConflict(Upsert u) {
        this.upsert = u;
    }

    PreparedDml(
            Kind kind,
            TableDef table,
            CompiledQuery plan,
            int[] targets,
            RowEvaluator returning,
            RowEvaluator checks,
            CalciteSchema root,
            long catalogVersion,
            org.apache.calcite.rel.type.RelDataTypeFactory types) {
        this.columnTypes = new RelDataType[table.columns().size()];
        for (int i = 0; i < columnTypes.length; i++) {
            columnTypes[i] = dev.tusk.calcite.type.CalciteTypes.toRelDataType(
                    table.columns().get(i).type(), types);
        }
        this.kind = kind;
        this.table = table;
        this.plan = plan;
        this.targets = targets;
        this.assigned = new boolean[table.columns().size()];
        for (int t : targets) {
            this.assigned[t] = true;
        }
        this.returning = returning;
        this.checks = checks;
        this.root = root;
        this.catalogVersion = catalogVersion;
    }

    /** The Calcite query that computes the rows to write (EXPLAIN shows it). */
    public CompiledQuery plan() {
        return plan;
    }

    /** The target table. */
    public TableDef table() {
        return table;
    }

    /**
     * Writes one complete row (Calcite's form) of an INSERT without running its plan (COPY FROM, when every column
     * without a value defaults to NULL): assignment coercion, NOT NULL and CHECK, then the store's unique checks. The
     * caller holds the table's lock in the statement's transaction.
     *
     * @param params the statement's parameters, which the CHECK evaluator binds first
     */
    public Object[] insertRow(Object[] params, Object[] row, ExecContext cx, Snapshot snapshot) {
        Object[] r = coerce(row, cx);
        check(r, params, cx, snapshot);
        table.data().insert(cx.transaction().statement(), r);
        return r;
    }

    /** The catalog version it was planned against. */
    public long catalogVersion() {
        return catalogVersion;
    }

    /** The parameters' types. */
    public List<PgTypeRef> parameterTypes() {
        return plan.parameterTypes();
    }

    /** The names of the indexes the row-finding plan reads through. */
    public List<String> indexLookups() {
        return plan.indexLookups();
    }

    /** The RETURNING columns, or null without RETURNING. */
    public CompiledQuery returning() {
        return returning == null ? null : returning.query();
    }

    /** The command tag without the count ({@code INSERT 0}, {@code UPDATE}, {@code DELETE}). */
    public String tagPrefix() {
        return kind == Kind.INSERT ? "INSERT 0" : kind.name();
    }

    /**
     * Runs the statement in the session's transaction.
     *
     * @param params the parameters in Calcite's form
     * @param returned receives the RETURNING rows (Calcite's form), if any
     * @return the number of rows inserted, updated or deleted
     */
    public long execute(Object[] params, ExecContext cx, List<Object[]> returned) {
        Transaction tx = cx.transaction().statement();
        table.data().lock(tx, LockMode.EXCLUSIVE);
        dev.tusk.calcite.catalog.CatalogState catalog = cx.transaction().catalog();
        if (fkVersion != catalog.version()) {
            fkInvolved = ForeignKeys.involved(catalog, table);
            fkVersion = catalog.version();
        }
        ForeignKeys fks = fkInvolved ? new ForeignKeys(catalog, cx, tx) : null;
        Snapshot snapshot = tx.snapshot();
        if (cx.transaction().catalog().version() != catalogVersion) {
            // DDL committed while this statement waited for the lock: nothing written yet, plan again
            throw new StalePlanException();
        }
        List<Object[]> rows = PlanRunner.run(
                plan,
                root,
                cx.types(),
                cx.session(),
                snapshot,
                params,
                cx.cancel(),
                cx.transaction().sequences());
        long count = 0;
        for (Object[] r : rows) {
            if (cx.cancel().get()) {
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
            switch (kind) {
                case INSERT -> {
                    Object[] row = coerce(r, cx);
                    check(row, params, cx, snapshot);
                    if (upsert != null) {
                        RowHandle existing = table.data().findConflict(tx, row);
                        if (existing != null) {
                            if (!upsert.update()) {
                                continue; // DO NOTHING
                            }
                            Object[] both = new Object[row.length * 2];
                            System.arraycopy(existing.row(), 0, both, 0, row.length);
                            System.arraycopy(row, 0, both, row.length, row.length);
                            Object[] v = upsert.values().evaluate(params, both, cx, root, snapshot);
                            if (!Boolean.TRUE.equals(v[v.length - 1])) {
                                continue; // DO UPDATE ... WHERE false
                            }
                            Object[] updated = existing.row().clone();
                            for (int i = 0; i < upsert.targets().length; i++) {
                                updated[upsert.targets()[i]] = v[i];
                            }
                            updated = coerce(updated, cx);
                            check(updated, params, cx, snapshot);
                            Object[] before = existing.row();
                            if (table.data().update(tx, existing, updated) == null) {
                                throw new PgException(
                                        SqlState.CARDINALITY_VIOLATION,
                                        "ON CONFLICT DO UPDATE command cannot affect row a second time");
                            }
                            if (fks != null) {
                                fks.updated(table, before, updated);
                            }
                            count++;
                            emit(updated, params, cx, snapshot, returned);
                            continue;
                        }
                    }
                    table.data().insert(tx, row);
                    if (fks != null) {
                        fks.inserted(table, row);
                    }
                    count++;
                    emit(row, params, cx, snapshot, returned);
                }
                case UPDATE -> {
                    RowHandle handle = (RowHandle) r[0];
                    Object[] row = handle.row().clone();
                    for (int i = 0; i < targets.length; i++) {
                        row[targets[i]] = r[i + 1];
                    }
                    row = coerce(row, cx, assigned);
                    check(row, params, cx, snapshot);
                    if (table.data().update(tx, handle, row) != null) {
                        if (fks != null) {
                            fks.updated(table, handle.row(), row);
                        }
                        count++;
                        emit(row, params, cx, snapshot, returned);
                    }
                }
                case DELETE -> {
                    RowHandle handle = (RowHandle) r[0];
                    Object[] old = handle.row();
                    if (table.data().delete(tx, handle)) {
                        if (fks != null) {
                            fks.deleted(table, old);
                        }
                        count++;
                        emit(old, params, cx, snapshot, returned);
                    }
                }
            }
        }
        if (fks != null) {
            fks.finish();
        }
        return count;
    }

    private void emit(Object[] row, Object[] params, ExecContext cx, Snapshot snapshot, List<Object[]> out) {
        if (returning != null) {
            out.add(returning.evaluate(params, row, cx, root, snapshot));
        }
    }

    /** Applies the columns' type modifiers (PostgreSQL's assignment coercion) and NOT NULL. */
    private Object[] coerce(Object[] row, ExecContext cx) {
        return coerce(row, cx, null);
    }

    /**
     * As {@link #coerce(Object[], ExecContext)}, applying type modifiers only to the columns marked in
     * {@code only} (an UPDATE's targets: the other values come from the stored row, already coerced).
     */
    private Object[] coerce(Object[] row, ExecContext cx, boolean[] only) {
        Object[] out = row.length == table.columns().size()
                ? row
                : java.util.Arrays.copyOf(row, table.columns().size());
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnDef c = table.columns().get(i);
            Object v = out[i];
            if (v == null) {
                if (c.notNull()) {
                    throw PgException.builder(
                                    SqlState.NOT_NULL_VIOLATION,
                                    "null value in column \"" + c.name() + "\" of relation \"" + table.name()
                                            + "\" violates not-null constraint")
                            .detail("Failing row contains " + rowText(out, cx) + ".")
                            .build();
                }
                continue;
            }
            if (c.type().typmod() >= 0 && (only == null || only[i])) {
                // PostgreSQL's assignment coercion (tusk-types, compared with PostgreSQL by TypmodDifferentialTest)
                RelDataType t = columnTypes[i];
                if (v instanceof String text
                        && dev.tusk.calcite.type.TextHeldValues.textHeld(
                                c.type().type())) {
                    out[i] = dev.tusk.calcite.type.TextHeldValues.applyTypmod(
                            text, c.type(), cx.session().formatSettings(), false);
                    continue;
                }
                Object pg = CalciteValues.toPg(v, t);
                out[i] = CalciteValues.toCalcite(
                        c.type().type().applyTypmod(pg, c.type().typmod(), false), t);
            }
        }
        return out;
    }

    private void check(Object[] row, Object[] params, ExecContext cx, Snapshot snapshot) {
        if (checks == null) {
            return;
        }
        Object[] results = checks.evaluate(params, row, cx, root, snapshot);
        for (int i = 0; i < results.length; i++) {
            if (Boolean.FALSE.equals(results[i])) {
                CheckDef c = table.checks().get(i);
                throw PgException.builder(
                                SqlState.CHECK_VIOLATION,
                                "new row for relation \"" + table.name() + "\" violates check constraint \"" + c.name()
                                        + "\"")
                        .detail("Failing row contains " + rowText(row, cx) + ".")
                        .build();
            }
        }
    }

    private String rowText(Object[] row, ExecContext cx) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < table.columns().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ValueText.render(
                    row[i],
                    table.columns().get(i).type(),
                    cx.types(),
                    cx.session().formatSettings()));
        }
        return sb.append(')').toString();
    }
}

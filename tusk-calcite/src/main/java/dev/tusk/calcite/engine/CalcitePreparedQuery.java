package dev.tusk.calcite.engine;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.datetime.DatetimeClock;
import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.func.QueryContext;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/** A compiled query bound to a session: runs Calcite's generated code over a snapshot and streams its rows. */
final class CalcitePreparedQuery implements PreparedQuery {
    private final CalciteEngine engine;
    private final java.util.function.Function<CatalogState, CompiledQuery> planner;
    private final SessionTransaction transaction;
    private final String sql;
    private final int[] parameterTypes;
    private final List<Column> columns;
    private final TransactionClock clock;
    private final Object[] lifted;
    private CompiledQuery query;
    private CatalogState catalog;
    private RelDataType[] parameterRelTypes;

    /**
     * Binds a compiled query to a session.
     *
     * @param planner plans the statement again for another catalog version (DDL since Parse)
     * @param catalog the catalog version {@code query} was planned for
     * @param lifted the values of the literals lifted into parameters, or null: then the client sees no
     *     parameters and these are bound instead
     */
    CalcitePreparedQuery(
            CalciteEngine engine,
            CompiledQuery query,
            CatalogState catalog,
            java.util.function.Function<CatalogState, CompiledQuery> planner,
            SessionTransaction transaction,
            String sql,
            TransactionClock clock,
            Object[] lifted) {
        this.engine = engine;
        this.clock = clock;
        this.planner = planner;
        this.transaction = transaction;
        this.sql = sql;
        this.lifted = lifted;
        this.parameterTypes = lifted != null ? new int[0] : parameterOids(query);
        this.columns = columns(query);
        use(query, catalog);
    }

    private void use(CompiledQuery q, CatalogState c) {
        this.query = q;
        this.catalog = c;
        this.parameterRelTypes = relTypes(q, engine);
    }

    static RelDataType[] relTypes(CompiledQuery q, CalciteEngine engine) {
        RelDataType[] out = new RelDataType[q.parameterTypes().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = CalciteTypes.toRelDataType(q.parameterTypes().get(i), engine.types());
        }
        return out;
    }

    static int[] parameterOids(CompiledQuery q) {
        return q.parameterTypes().stream().mapToInt(t -> t.type().oid()).toArray();
    }

    static List<Column> columns(CompiledQuery q) {
        List<Column> cols = new ArrayList<>();
        for (CompiledQuery.ResultColumn c : q.columns()) {
            cols.add(new Column(c.name(), c.type().type(), c.type().typmod(), c.tableOid(), c.columnNumber()));
        }
        return List.copyOf(cols);
    }

    /** The parameters in Calcite's form: the client's, converted, or the lifted literals. */
    static Object[] parameters(RelDataType[] types, Parameters parameters, Object[] lifted) {
        if (lifted != null) {
            return lifted;
        }
        Object[] params = new Object[types.length];
        for (int i = 0; i < params.length; i++) {
            Object v = parameters.isNull(i) ? null : parameters.value(i);
            params[i] = CalciteValues.toCalcite(v, types[i]);
        }
        return params;
    }

    @Override
    public int[] parameterTypes() {
        return parameterTypes.clone();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    /** Plans again if the session now sees another catalog version than the plan was made for. */
    private void revalidate() {
        CatalogState now = transaction.catalog();
        if (now == catalog) {
            return;
        }
        CompiledQuery q = planner.apply(now);
        if (!columns(q).equals(columns)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cached plan must not change result type");
        }
        use(q, now);
    }

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        transaction.checkNotFailed();
        AtomicBoolean cancel = new AtomicBoolean();
        context.onCancel(() -> cancel.set(true));
        Transaction tx = transaction.transaction();
        tx.beginStatement();
        Snapshot snapshot = tx.snapshot();
        tx.endStatement();
        tx.retainSnapshots(true);
        try {
            // after the snapshot: a plan made for a catalog version read after the snapshot was taken may
            // read through indexes that version has; every row the snapshot sees is in them
            revalidate();
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            tx.retainSnapshots(false);
            transaction.statementFailed();
            throw CalciteErrors.toPgException(e, sql);
        }
        CompiledQuery query = this.query;
        CalciteSchema root = catalog.calciteRoot();
        List<RelDataTypeField> fields = query.rowType().getFieldList();
        Object[] params;
        try {
            params = parameters(parameterRelTypes, parameters, lifted);
        } catch (RuntimeException e) {
            tx.retainSnapshots(false);
            transaction.statementFailed();
            throw CalciteErrors.toPgException(e, sql);
        }
        long statementMicros = DatetimeClock.unixMicrosNow();
        long transactionMicros = clock.transactionStart(context.session().transactionStatus(), statementMicros);
        QueryDataContext data = new QueryDataContext(
                root.plus(),
                engine.types(),
                params,
                Math.floorDiv(transactionMicros, 1000L),
                QueryDataContext.timeZone(context.session().formatSettings().timeZone()),
                cancel,
                context.session().user(),
                query.variables(snapshot));
        QueryContext qc =
                new QueryContext(context.session(), statementMicros, transactionMicros, transaction.sequences());
        Enumerator<Object> rows;
        try {
            rows = QueryContext.with(qc, () -> query.bindable().bind(data).enumerator());
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            tx.retainSnapshots(false);
            transaction.statementFailed();
            throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
        }
        int width = fields.size();
        boolean[] textHeld = new boolean[width];
        for (int i = 0; i < width && i < columns.size(); i++) {
            textHeld[i] =
                    dev.tusk.calcite.type.TextHeldValues.textHeld(columns.get(i).type());
        }
        dev.tusk.types.FormatSettings settings = context.session().formatSettings();
        RowStream stream = new RowStream() {
            private Object current;
            private boolean done;

            @Override
            public boolean next() {
                try {
                    if (cancel.get()) {
                        context.checkCancelled();
                        throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                    }
                    // generated code may compute a row's values in current(), so both run in the context
                    return QueryContext.with(qc, () -> {
                        if (!rows.moveNext()) {
                            return false;
                        }
                        current = rows.current();
                        return true;
                    });
                } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
                    finish(false);
                    throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
                }
            }

            @Override
            public Object get(int column) {
                Object v = width == 1 && !(current instanceof Object[]) ? current : ((Object[]) current)[column];
                Object pg = CalciteValues.toPg(v, fields.get(column).getType());
                return textHeld[column]
                        ? dev.tusk.calcite.type.TextHeldValues.forColumn(
                                pg, columns.get(column).type(), settings)
                        : pg;
            }

            @Override
            public void close() {
                rows.close();
                finish(true);
            }

            private void finish(boolean ok) {
                if (done) {
                    return;
                }
                done = true;
                tx.retainSnapshots(false);
                if (ok) {
                    transaction.statementSucceeded();
                } else {
                    transaction.statementFailed();
                }
            }
        };
        return QueryResult.Rows.select(columns, stream);
    }
}

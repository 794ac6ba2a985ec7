package dev.tusk.calcite.engine;

import dev.tusk.calcite.catalog.TuskTable;
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
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataTypeField;

/** A compiled query bound to a session: runs Calcite's generated code over a snapshot and streams its rows. */
final class CalcitePreparedQuery implements PreparedQuery {
    private final CalciteEngine engine;
    private final CompiledQuery query;
    private final CalciteSchema root;
    private final SessionTransaction transaction;
    private final String sql;
    private final int[] parameterTypes;
    private final List<Column> columns;
    private final TransactionClock clock;

    CalcitePreparedQuery(
            CalciteEngine engine,
            CompiledQuery query,
            CalciteSchema root,
            SessionTransaction transaction,
            String sql,
            TransactionClock clock) {
        this.engine = engine;
        this.clock = clock;
        this.query = query;
        this.root = root;
        this.transaction = transaction;
        this.sql = sql;
        this.parameterTypes = parameterOids(query);
        this.columns = columns(query);
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

    static Object[] parameters(CompiledQuery q, Parameters parameters, CalciteEngine engine) {
        Object[] params = new Object[q.parameterTypes().size()];
        for (int i = 0; i < params.length; i++) {
            Object v = parameters.isNull(i) ? null : parameters.value(i);
            params[i] = CalciteValues.toCalcite(
                    v, CalciteTypes.toRelDataType(q.parameterTypes().get(i), engine.types()));
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

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        transaction.checkNotFailed();
        List<RelDataTypeField> fields = query.rowType().getFieldList();
        Object[] params = parameters(query, parameters, engine);
        AtomicBoolean cancel = new AtomicBoolean();
        context.onCancel(() -> cancel.set(true));
        Transaction tx = transaction.transaction();
        tx.beginStatement();
        Snapshot snapshot = tx.snapshot();
        tx.endStatement();
        tx.retainSnapshots(true);
        long statementMicros = DatetimeClock.unixMicrosNow();
        long transactionMicros = clock.transactionStart(context.session().transactionStatus(), statementMicros);
        QueryDataContext data = new QueryDataContext(
                root.plus(),
                engine.types(),
                params,
                Math.floorDiv(transactionMicros, 1000L),
                TimeZone.getTimeZone(context.session().formatSettings().timeZone()),
                cancel,
                context.session().user(),
                Map.of(TuskTable.SNAPSHOT, snapshot));
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
                return CalciteValues.toPg(v, fields.get(column).getType());
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

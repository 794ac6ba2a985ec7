package dev.tusk.calcite.engine;

import dev.tusk.calcite.func.QueryContext;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/** A compiled query bound to a session: runs Calcite's generated code and streams its rows. */
final class CalcitePreparedQuery implements PreparedQuery {
    private final CalciteEngine engine;
    private final CompiledQuery query;
    private final String sql;
    private final int[] parameterTypes;
    private final List<Column> columns;

    CalcitePreparedQuery(CalciteEngine engine, CompiledQuery query, String sql) {
        this.engine = engine;
        this.query = query;
        this.sql = sql;
        this.parameterTypes =
                query.parameterTypes().stream().mapToInt(t -> t.type().oid()).toArray();
        List<Column> cols = new ArrayList<>();
        for (CompiledQuery.ResultColumn c : query.columns()) {
            cols.add(new Column(c.name(), c.type().type(), c.type().typmod(), c.tableOid(), c.columnNumber()));
        }
        this.columns = List.copyOf(cols);
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
        RelDataType rowType = query.rowType();
        List<RelDataTypeField> fields = rowType.getFieldList();
        Object[] params = new Object[parameterTypes.length];
        for (int i = 0; i < params.length; i++) {
            Object v = parameters.isNull(i) ? null : parameters.value(i);
            params[i] = CalciteValues.toCalcite(
                    v,
                    dev.tusk.calcite.type.CalciteTypes.toRelDataType(
                            query.parameterTypes().get(i), engine.types()));
        }
        AtomicBoolean cancel = new AtomicBoolean();
        context.onCancel(() -> cancel.set(true));
        ZoneId zone = context.session().formatSettings().timeZone();
        long now = System.currentTimeMillis();
        QueryDataContext data = new QueryDataContext(
                engine.root().plus(),
                engine.types(),
                params,
                now,
                TimeZone.getTimeZone(zone),
                cancel,
                context.session().user());
        QueryContext qc = new QueryContext(context.session(), now * 1000L);
        Enumerator<Object> rows;
        try {
            rows = QueryContext.with(qc, () -> query.bindable().bind(data).enumerator());
        } catch (RuntimeException | ExceptionInInitializerError e) {
            // constants of the generated code are computed in its static initializer
            throw CalciteErrors.toPgException(e, sql);
        }
        int width = fields.size();
        RowStream stream = new RowStream() {
            private Object current;

            @Override
            public boolean next() {
                try {
                    if (cancel.get()) {
                        throw new PgException(
                                dev.tusk.protocol.SqlState.QUERY_CANCELED, "canceling statement due to user request");
                    }
                    // generated code may compute a row's values in current(), so both run in the context
                    return QueryContext.with(qc, () -> {
                        if (!rows.moveNext()) {
                            return false;
                        }
                        current = rows.current();
                        return true;
                    });
                } catch (RuntimeException | ExceptionInInitializerError e) {
                    throw CalciteErrors.toPgException(e, sql);
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
            }
        };
        return QueryResult.Rows.select(columns, stream);
    }
}

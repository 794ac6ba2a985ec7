package dev.tusk.calcite.engine;

import dev.tusk.calcite.exec.ExecContext;
import dev.tusk.calcite.exec.PreparedDml;
import dev.tusk.calcite.store.LockMode;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.CalciteValues;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypeCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Inserts the rows of a COPY FROM STDIN as they arrive, inside the statement that began at Execute: the whole COPY
 * commits (or stays in the open block) at {@link #finish()} and is undone by {@link #abort(Throwable)}. Rows whose
 * other columns all default to NULL are written directly; otherwise the INSERT's plan computes the defaults.
 */
final class CopyFromSink implements CopyInSink {
    private final PreparedDml dml;
    private final int[] targets;
    private final boolean direct;
    private final boolean[] forceNotNull;
    private final boolean[] forceNull;
    private final String nullString;
    private final ExecContext cx;
    private final ExecutionContext context;
    private final String sql;
    private final RelDataType[] paramTypes;
    private final TypeCodec<?>[] codecs;
    private final int width;
    private final Snapshot snapshot;
    /** Checks the rows written directly against the table's foreign keys (null when it has none). */
    private final dev.tusk.calcite.exec.ForeignKeys foreignKeys;

    private final List<Object[]> discard = new ArrayList<>();
    private long count;
    private boolean ended;

    CopyFromSink(
            PreparedDml dml,
            int[] targets,
            boolean direct,
            boolean[] forceNotNull,
            boolean[] forceNull,
            String nullString,
            ExecContext cx,
            ExecutionContext context,
            JavaTypeFactory types,
            String sql) {
        this.dml = dml;
        this.targets = targets;
        this.direct = direct;
        this.forceNotNull = forceNotNull;
        this.forceNull = forceNull;
        this.nullString = nullString;
        this.cx = cx;
        this.context = context;
        this.sql = sql;
        List<PgTypeRef> params = dml.parameterTypes();
        this.paramTypes = new RelDataType[params.size()];
        this.codecs = new TypeCodec<?>[params.size()];
        for (int i = 0; i < paramTypes.length; i++) {
            paramTypes[i] = CalciteTypes.toRelDataType(params.get(i), types);
            codecs[i] = params.get(i).type().codec();
        }
        this.width = dml.table().columns().size();
        Transaction tx = cx.transaction().statement();
        dml.table().data().lock(tx, LockMode.EXCLUSIVE);
        this.snapshot = tx.snapshot();
        dev.tusk.calcite.catalog.CatalogState catalog = cx.transaction().catalog();
        this.foreignKeys = direct && dev.tusk.calcite.exec.ForeignKeys.involved(catalog, dml.table())
                ? new dev.tusk.calcite.exec.ForeignKeys(catalog, cx, tx)
                : null;
    }

    @Override
    public void accept(Object[] row) {
        if (cx.cancel().get()) {
            context.checkCancelled();
        }
        try {
            Object[] params = new Object[row.length];
            for (int k = 0; k < row.length; k++) {
                params[k] = CalciteValues.toCalcite(value(k, row[k]), paramTypes[k]);
            }
            if (direct) {
                Object[] full = new Object[width];
                for (int k = 0; k < targets.length; k++) {
                    full[targets[k]] = params[k];
                }
                Object[] written = dml.insertRow(params, full, cx, snapshot);
                if (foreignKeys != null) {
                    foreignKeys.inserted(dml.table(), written);
                }
            } else {
                discard.clear();
                dml.execute(params, cx, discard);
            }
            count++;
        } catch (RuntimeException | AssertionError e) {
            throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
        }
    }

    /** The value of field k after FORCE_NOT_NULL (the NULL marker read as data) and FORCE_NULL (quoted marker as NULL). */
    private Object value(int k, Object v) {
        if (forceNotNull[k] && v == null) {
            return decode(k, nullString);
        }
        if (forceNull[k] && v != null) {
            String s = (String) v;
            return s.equals(nullString) ? null : decode(k, s);
        }
        return v;
    }

    private Object decode(int k, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        try {
            return codecs[k].decodeText(b, 0, b.length, context.session().formatSettings());
        } catch (PgTypeException e) {
            throw CalciteErrors.toPgException(e, sql);
        }
    }

    @Override
    public long finish() {
        if (!ended) {
            if (foreignKeys != null) {
                try {
                    foreignKeys.finish(); // PostgreSQL checks them at the end of the statement
                } catch (RuntimeException e) {
                    ended = true;
                    cx.transaction().statementFailed();
                    throw CalciteErrors.toPgException(e, sql);
                }
            }
            ended = true;
            cx.transaction().statementSucceeded();
        }
        return count;
    }

    @Override
    public void abort(Throwable reason) {
        if (!ended) {
            ended = true;
            cx.transaction().statementFailed();
        }
    }
}

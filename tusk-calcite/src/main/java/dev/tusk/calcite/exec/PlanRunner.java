package dev.tusk.calcite.exec;

import dev.tusk.calcite.engine.QueryDataContext;
import dev.tusk.calcite.func.QueryContext;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.server.api.SessionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.Enumerator;

/** Runs a compiled plan to the end inside Tusk (for DML and constraint checks), with values in Calcite's form. */
public final class PlanRunner {
    private PlanRunner() {}

    /** All rows of a plan, each as an array (Calcite hands single columns over bare). */
    public static List<Object[]> run(
            CompiledQuery q,
            CalciteSchema root,
            JavaTypeFactory types,
            SessionContext session,
            Snapshot snapshot,
            Object[] params,
            AtomicBoolean cancel,
            dev.tusk.calcite.func.SequenceAccess sequences) {
        long now = System.currentTimeMillis();
        QueryDataContext data = new QueryDataContext(
                root.plus(),
                types,
                params,
                now,
                QueryDataContext.timeZone(session.formatSettings().timeZone()),
                cancel,
                session.user(),
                q.variables(snapshot));
        int width = q.rowType().getFieldCount();
        long micros = dev.tusk.calcite.datetime.DatetimeClock.unixMicrosNow();
        QueryContext qc = new QueryContext(session, micros, micros, sequences);
        return QueryContext.with(qc, () -> {
            List<Object[]> out = new ArrayList<>();
            Enumerator<Object> e = q.bindable().bind(data).enumerator();
            try {
                while (e.moveNext()) {
                    Object v = e.current();
                    out.add(width == 1 && !(v instanceof Object[]) ? new Object[] {v} : (Object[]) v);
                }
            } finally {
                e.close();
            }
            return out;
        });
    }
}

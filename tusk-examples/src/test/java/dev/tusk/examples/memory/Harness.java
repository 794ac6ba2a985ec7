package dev.tusk.examples.memory;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.server.internal.encode.ParametersImpl;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Drives one engine session as the server would, without a server: prepare, execute, read the result. */
final class Harness {

    /** What a statement gave: its columns, its rows (read fully) and its command tag. */
    record Result(List<Column> columns, List<Object[]> rows, String tag, QueryResult raw) {
        Object value() {
            return rows.get(0)[0];
        }
    }

    final TestSession session;
    final QuerySession engineSession;
    final AtomicBoolean cancelled = new AtomicBoolean();

    Harness(MemoryEngine engine, List<String> notificationLog) {
        this.session = new TestSession(notificationLog);
        this.engineSession = engine.openSession(session);
    }

    Harness(MemoryEngine engine) {
        this(engine, new ArrayList<>());
    }

    /** Prepares without executing (Describe). */
    PreparedQuery prepare(String sql, int... declared) {
        return engineSession.prepare(sql, declared);
    }

    /** Runs one statement with parameter values given as Java values of the inferred types. */
    Result run(String sql, Object... params) {
        try {
            PreparedQuery q = engineSession.prepare(sql, new int[0]);
            QueryResult r = q.execute(params(q.parameterTypes(), params), execution());
            return read(r);
        } catch (PgException e) {
            if (session.status == TransactionStatus.IN_TRANSACTION) {
                session.status = TransactionStatus.FAILED;
            }
            throw e;
        }
    }

    private Result read(QueryResult r) {
        try {
            return switch (r) {
                case QueryResult.Rows rows -> {
                    List<Object[]> all = drain(rows.rows());
                    yield new Result(rows.columns(), all, rows.tagPrefix() + " " + all.size(), r);
                }
                case QueryResult.Command c -> new Result(List.of(), List.of(), c.tag(), r);
                case QueryResult.CopyOut c -> {
                    List<Object[]> all = drain(c.rows());
                    yield new Result(c.columns(), all, "COPY " + all.size(), r);
                }
                case QueryResult.CopyIn c -> new Result(c.columns(), List.of(), "COPY IN", r);
                case QueryResult.Empty e -> new Result(List.of(), List.of(), "", r);
            };
        } catch (PgException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Object[]> drain(RowStream s) throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (s) {
            while (s.next()) {
                int n = 0;
                List<Object> row = new ArrayList<>();
                while (true) {
                    try {
                        row.add(s.get(n++));
                    } catch (ArrayIndexOutOfBoundsException end) {
                        break;
                    }
                }
                out.add(row.toArray());
            }
        }
        return out;
    }

    ExecutionContext execution() {
        SessionContext s = session;
        return new ExecutionContext() {
            @Override
            public SessionContext session() {
                return s;
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public void checkCancelled() {
                if (cancelled.get()) {
                    throw new PgException("57014", "canceling statement due to user request");
                }
            }

            @Override
            public void onCancel(Runnable action) {}
        };
    }

    /**
     * Parameters given as Java values, typed as the statement inferred: each value is sent as its text (as a
     * client would) and decoded by tusk-server's own Bind parameter handling.
     */
    static Parameters params(int[] types, Object... values) {
        List<byte[]> raw = new ArrayList<>(values.length);
        for (Object v : values) {
            raw.add(v == null ? null : v.toString().getBytes(StandardCharsets.UTF_8));
        }
        return ParametersImpl.create("", "", raw, new short[0], types, TypeRegistry.builtins(), FormatSettings.DEFAULT);
    }
}

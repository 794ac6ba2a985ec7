package dev.tusk.calcite.engine;

import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.parser.PgClose;
import dev.tusk.calcite.parser.PgDeclareCursor;
import dev.tusk.calcite.parser.PgFetch;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DECLARE CURSOR, FETCH, MOVE and CLOSE: the session's SQL cursors. A cursor without HOLD lives until its transaction
 * ends; a WITH HOLD cursor survives the commit of the transaction that declared it (its rows were computed at
 * DECLARE) and is dropped if that transaction rolls back, as in PostgreSQL.
 */
final class SqlCursors {
    private final CalciteSession session;
    private final Map<String, Cursor> cursors = new HashMap<>();

    SqlCursors(CalciteSession session) {
        this.session = session;
    }

    static boolean handles(PgStatement stmt) {
        return stmt instanceof PgDeclareCursor || stmt instanceof PgFetch || stmt instanceof PgClose;
    }

    PreparedQuery prepare(PgStatement stmt, String sql, int[] declared) {
        if (stmt instanceof PgDeclareCursor d) {
            return declare(d, sql, declared);
        }
        if (stmt instanceof PgFetch f) {
            return fetch(f, sql);
        }
        PgClose c = (PgClose) stmt;
        return new Step(sql, List.of()) {
            @Override
            QueryResult run(ExecutionContext context) {
                if (c.name == null) {
                    cursors.clear();
                    return new QueryResult.Command("CLOSE CURSOR ALL");
                }
                if (cursors.remove(c.name) == null) {
                    throw unknown(c.name);
                }
                return new QueryResult.Command("CLOSE CURSOR");
            }
        };
    }

    private PreparedQuery declare(PgDeclareCursor d, String sql, int[] declared) {
        if (d.binary) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DECLARE BINARY CURSOR is not supported yet");
        }
        SessionTransaction tx = session.transaction();
        CompiledQuery compiled = session.engine()
                .planner()
                .compile(d.query, declared, session.searchPath(), tx.catalog().calciteRoot());
        PreparedQuery query = session.query(compiled, sql);
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return query.parameterTypes();
            }

            @Override
            public List<Column> columns() {
                return List.of();
            }

            @Override
            public QueryResult execute(Parameters parameters, ExecutionContext context) {
                tx.checkNotFailed();
                try {
                    if (!tx.inBlock() && !d.hold) {
                        throw new PgException(
                                SqlState.NO_ACTIVE_SQL_TRANSACTION,
                                "DECLARE CURSOR can only be used in transaction blocks");
                    }
                    if (cursors.containsKey(d.name)) {
                        throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"" + d.name + "\" already exists");
                    }
                } catch (PgException e) {
                    tx.statementFailed();
                    throw e;
                }
                Cursor cursor = new Cursor(
                        d.name,
                        query.columns(),
                        materialize(query, parameters, context),
                        !Boolean.FALSE.equals(d.scroll),
                        d.hold);
                cursors.put(d.name, cursor);
                Runnable drop = () -> cursors.remove(d.name, cursor);
                if (tx.inBlock()) {
                    tx.onEnd(d.hold ? null : drop, drop);
                }
                return new QueryResult.Command("DECLARE CURSOR");
            }
        };
    }

    /** Runs the query to its end (its own statement) and keeps the rows as the server would have sent them. */
    private static List<Object[]> materialize(PreparedQuery query, Parameters parameters, ExecutionContext context) {
        QueryResult.Rows result = (QueryResult.Rows) query.execute(parameters, context);
        List<Object[]> rows = new ArrayList<>();
        int width = result.columns().size();
        try (RowStream stream = result.rows()) {
            while (stream.next()) {
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = stream.get(i);
                }
                rows.add(row);
            }
        } catch (PgException e) {
            throw e;
        } catch (Exception e) {
            throw new PgException(SqlState.INTERNAL_ERROR, String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private PreparedQuery fetch(PgFetch f, String sql) {
        Cursor known = cursors.get(f.cursor);
        List<Column> columns = f.move || known == null ? List.of() : known.columns();
        return new Step(sql, columns) {
            @Override
            QueryResult run(ExecutionContext context) {
                Cursor c = cursors.get(f.cursor);
                if (c == null) {
                    throw unknown(f.cursor);
                }
                List<Object[]> rows = c.fetch(f.direction, f.count, f.move);
                if (f.move) {
                    return new QueryResult.Command("MOVE " + rows.size());
                }
                return new QueryResult.Rows(c.columns(), RowStream.of(rows), "FETCH");
            }
        };
    }

    /**
     * The cursor as a portal of the extended protocol (Describe and Execute by its name, as PostgreSQL allows): its
     * execution streams the cursor's remaining rows, advancing it, tagged {@code SELECT n}; null if there is none.
     */
    PreparedQuery portal(String name) {
        Cursor c = cursors.get(name);
        if (c == null) {
            return null;
        }
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return new int[0];
            }

            @Override
            public List<Column> columns() {
                return c.columns();
            }

            @Override
            public QueryResult execute(Parameters parameters, ExecutionContext context) {
                session.transaction().checkNotFailed();
                RowStream rows = new RowStream() {
                    private Object[] current;

                    @Override
                    public boolean next() {
                        if (cursors.get(name) != c) {
                            throw unknown(name);
                        }
                        context.checkCancelled();
                        List<Object[]> r = c.fetch(PgFetch.Direction.FORWARD, 1, false);
                        current = r.isEmpty() ? null : r.get(0);
                        return current != null;
                    }

                    @Override
                    public Object get(int column) {
                        return current[column];
                    }
                };
                return new QueryResult.Rows(c.columns(), rows, "SELECT");
            }
        };
    }

    /** Drops the cursors when the session ends. */
    void closeAll() {
        cursors.clear();
    }

    private static PgException unknown(String name) {
        return new PgException(SqlState.INVALID_CURSOR_NAME, "cursor \"" + name + "\" does not exist");
    }

    /** FETCH, MOVE or CLOSE: one statement of the session's transaction. */
    private abstract class Step implements PreparedQuery {
        private final String sql;
        private final List<Column> columns;

        Step(String sql, List<Column> columns) {
            this.sql = sql;
            this.columns = columns;
        }

        abstract QueryResult run(ExecutionContext context);

        @Override
        public int[] parameterTypes() {
            return new int[0];
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public QueryResult execute(Parameters parameters, ExecutionContext context) {
            SessionTransaction tx = session.transaction();
            tx.checkNotFailed();
            try {
                QueryResult r = run(context);
                tx.statementSucceeded();
                return r;
            } catch (RuntimeException | AssertionError e) {
                tx.statementFailed();
                throw CalciteErrors.toPgException(e, sql);
            }
        }
    }
}

package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyInSink;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny engine for protocol tests; its "SQL" is a handful of words:
 *
 * <ul>
 *   <li>{@code series N}: N rows of int4 column n (1..N), generated on demand, counted in {@link #rowsPulled}
 *   <li>{@code begin}, {@code commit}, {@code rollback}: transaction status
 *   <li>{@code fail}: 22012 at execution; {@code boom}: a RuntimeException; {@code bad}: 42601 at prepare
 *   <li>{@code echo $1}: one text row with parameter 1; {@code sleep}: blocks until cancelled
 *   <li>{@code copy in}: COPY FROM STDIN (int4 a, text b) into {@link #copied}; {@code copy out N [binary]}:
 *       N rows (int4 n, text "row n") in text or binary format
 *   <li>{@code set NAME VALUE}, {@code listen C}, {@code notify C P}, {@code notice}, {@code empty}
 * </ul>
 */
final class TestEngine implements QueryEngine {
    final AtomicLong rowsPulled = new AtomicLong();
    final AtomicInteger openSessions = new AtomicInteger();
    final AtomicInteger closedStreams = new AtomicInteger();
    final ConcurrentLinkedQueue<String> copied = new ConcurrentLinkedQueue<>();
    final AtomicInteger aborts = new AtomicInteger();
    volatile CountDownLatch sleeping = new CountDownLatch(1);
    volatile ExecutionContext sleeper;
    final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when a {@code parked ...} statement is being prepared. */
    final CountDownLatch preparing = new CountDownLatch(1);
    /** Lets a {@code parked ...} statement's prepare finish. */
    final CountDownLatch releasePrepare = new CountDownLatch(1);

    static final Column N = Column.of("n", BuiltinTypes.INT4);
    static final Column TEXT = Column.of("v", BuiltinTypes.TEXT);

    @Override
    public QuerySession openSession(SessionContext session) {
        if ("refused".equals(session.database())) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"refused\" does not exist");
        }
        openSessions.incrementAndGet();
        return new QuerySession() {
            @Override
            public PreparedQuery prepare(String sql, int[] declared) {
                return TestEngine.this.prepare(sql.trim(), session);
            }

            @Override
            public void close() {
                openSessions.decrementAndGet();
            }
        };
    }

    private PreparedQuery prepare(String sql, SessionContext session) {
        String[] w = sql.split("\\s+");
        String verb = w[0].toLowerCase(Locale.ROOT);
        if (verb.equals("parked")) { // prepare blocks until the test releases it, then prepares the rest
            preparing.countDown();
            try {
                releasePrepare.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return prepare(sql.substring("parked".length()).trim(), session);
        }
        return switch (verb) {
            case "series" ->
                query(
                        List.of(N),
                        new int[0],
                        (p, ctx) -> QueryResult.Rows.select(List.of(N), series(Long.parseLong(w[1]))));
            case "echo" ->
                query(
                        List.of(TEXT),
                        new int[] {25},
                        (p, ctx) -> QueryResult.Rows.select(
                                List.of(TEXT), RowStream.of(List.<Object[]>of(new Object[] {p.value(0)}))));
            case "begin" ->
                command((p, ctx) -> {
                    session.setTransactionStatus(TransactionStatus.IN_TRANSACTION);
                    return new QueryResult.Command("BEGIN");
                });
            case "commit" ->
                command((p, ctx) -> {
                    boolean failed = session.transactionStatus() == TransactionStatus.FAILED;
                    session.setTransactionStatus(TransactionStatus.IDLE);
                    return new QueryResult.Command(failed ? "ROLLBACK" : "COMMIT");
                });
            case "rollback" ->
                command((p, ctx) -> {
                    session.setTransactionStatus(TransactionStatus.IDLE);
                    return new QueryResult.Command("ROLLBACK");
                });
            case "fail" ->
                command((p, ctx) -> {
                    throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
                });
            case "deallocate" ->
                command((p, ctx) -> {
                    if (w[1].equals("all")) {
                        ctx.session().deallocateAll();
                        return new QueryResult.Command("DEALLOCATE ALL");
                    }
                    if (!ctx.session().deallocate(w[1])) {
                        throw new PgException(
                                SqlState.INVALID_SQL_STATEMENT_NAME,
                                "prepared statement \"" + w[1] + "\" does not exist");
                    }
                    return new QueryResult.Command("DEALLOCATE");
                });
            case "boom" ->
                command((p, ctx) -> {
                    throw new IllegalStateException("engine bug");
                });
            case "sleep" ->
                command((p, ctx) -> {
                    CountDownLatch done = new CountDownLatch(1);
                    ctx.onCancel(done::countDown);
                    sleeper = ctx;
                    sleeping.countDown();
                    done.await();
                    ctx.checkCancelled();
                    return new QueryResult.Command("SLEEP");
                });
            case "block" ->
                command((p, ctx) -> {
                    sleeper = ctx;
                    sleeping.countDown();
                    release.await();
                    return new QueryResult.Command("BLOCK");
                });
            case "set" ->
                command((p, ctx) -> {
                    session.setSetting(w[1], w[2]);
                    return new QueryResult.Command("SET");
                });
            case "listen" ->
                command((p, ctx) -> {
                    session.listen(w[1]);
                    return new QueryResult.Command("LISTEN");
                });
            case "notify" ->
                command((p, ctx) -> {
                    session.notify(w[1], w.length > 2 ? w[2] : "");
                    return new QueryResult.Command("NOTIFY");
                });
            case "notice" ->
                command((p, ctx) -> {
                    session.sendNotice(Notice.notice("hello"));
                    return new QueryResult.Command("DO");
                });
            case "empty" -> command((p, ctx) -> QueryResult.Empty.INSTANCE);
            case "copy" -> {
                if (w[1].equals("in")) {
                    yield command((p, ctx) -> new QueryResult.CopyIn(
                            CopyOptions.text(), List.of(Column.of("a", BuiltinTypes.INT4), TEXT), new CopyInSink() {
                                private final List<String> rows = new ArrayList<>();

                                @Override
                                public void accept(Object[] row) {
                                    rows.add(row[0] + "|" + row[1]);
                                }

                                @Override
                                public long finish() {
                                    copied.addAll(rows);
                                    return rows.size();
                                }

                                @Override
                                public void abort(Throwable reason) {
                                    aborts.incrementAndGet();
                                }
                            }));
                }
                long n = Long.parseLong(w[2]);
                CopyOptions options = w.length > 3 && w[3].equals("binary") ? CopyOptions.binary() : CopyOptions.text();
                yield command((p, ctx) -> new QueryResult.CopyOut(options, List.of(N, TEXT), new RowStream() {
                    long i;

                    @Override
                    public boolean next() {
                        return ++i <= n;
                    }

                    @Override
                    public Object get(int column) {
                        return column == 0 ? (Object) (int) i : "row " + i;
                    }
                }));
            }
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + w[0] + "\"");
        };
    }

    /** A generator of rows 1..n that counts the rows pulled. */
    RowStream series(long n) {
        return new RowStream() {
            long i;

            @Override
            public boolean next() {
                if (i >= n) {
                    return false;
                }
                i++;
                rowsPulled.incrementAndGet();
                return true;
            }

            @Override
            public Object get(int column) {
                return (int) i;
            }

            @Override
            public void close() {
                closedStreams.incrementAndGet();
            }
        };
    }

    interface Exec {
        QueryResult run(Parameters p, ExecutionContext ctx) throws Exception;
    }

    private static PreparedQuery command(Exec exec) {
        return query(List.of(), new int[0], exec);
    }

    private static PreparedQuery query(List<Column> columns, int[] params, Exec exec) {
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return params.clone();
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public QueryResult execute(Parameters parameters, ExecutionContext context) {
                try {
                    return exec.run(parameters, context);
                } catch (PgException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}

package dev.tusk.calcite.engine;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.exec.DdlExecutor;
import dev.tusk.calcite.exec.DmlPlanner;
import dev.tusk.calcite.exec.ExecContext;
import dev.tusk.calcite.exec.PreparedDml;
import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.parser.PgCreateTable;
import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgDrop;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgTransactionStatement;
import dev.tusk.calcite.parser.PgTruncate;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.api.SessionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.calcite.sql.SqlNode;

/** One client connection: parses each statement, plans queries with Calcite, runs the rest itself. */
final class CalciteSession implements QuerySession {
    private final CalciteEngine engine;
    private final SessionContext session;
    private final SessionTransaction transaction;
    private final SessionStatements statements;
    private final TransactionClock clock = new TransactionClock();

    CalciteSession(CalciteEngine engine, SessionContext session) {
        this.engine = engine;
        this.session = session;
        this.transaction = new SessionTransaction(engine.catalog(), session, this::searchPath);
        this.statements = new SessionStatements(session, transaction);
    }

    @Override
    public PreparedQuery prepare(String sql, int[] declaredParameterTypes) {
        // WARNINGs of type modifiers (timestamp(7)) reach the client as the parser's notices do in PostgreSQL
        dev.tusk.calcite.type.TypmodWarnings.Collected<PreparedQuery> prepared =
                dev.tusk.calcite.type.TypmodWarnings.collect(() -> prepareParsed(sql, declaredParameterTypes));
        for (dev.tusk.types.PgWarning w : prepared.warnings()) {
            session.sendNotice(new dev.tusk.server.api.Notice("WARNING", w.sqlState(), w.message(), null, null));
        }
        return prepared.value();
    }

    private PreparedQuery prepareParsed(String sql, int[] declaredParameterTypes) {
        SqlNode node = PgSqlParser.parse(sql);
        if (node instanceof PgTransactionStatement tx) {
            return clock.track(statements.transaction(tx));
        }
        transaction.checkNotFailed();
        try {
            if (node instanceof PgStatement stmt) {
                return clock.track(prepareStatement(stmt, sql, declaredParameterTypes));
            }
            CatalogState catalog = transaction.catalog();
            CompiledQuery compiled = dev.tusk.calcite.plan.UnknownParameters.compile(
                    new java.util.function.Supplier<>() {
                        private boolean first = true;

                        @Override
                        public SqlNode get() {
                            if (first) {
                                first = false;
                                return node;
                            }
                            return PgSqlParser.parse(sql);
                        }
                    },
                    declaredParameterTypes,
                    tree -> types -> engine.planner().compile(tree, types, searchPath(), catalog.calciteRoot()));
            return new CalcitePreparedQuery(engine, compiled, catalog.calciteRoot(), transaction, sql, clock);
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            PgException pg = CalciteErrors.toPgException(e, sql);
            if (transaction.inBlock()) {
                transaction.statementFailed();
            }
            throw pg;
        }
    }

    private PreparedQuery prepareStatement(PgStatement stmt, String sql, int[] declared) {
        if (stmt instanceof PgCreateTable create) {
            return command(sql, cx -> DdlExecutor.createTable(create, cx));
        }
        if (stmt instanceof PgDrop drop) {
            return command(sql, cx -> DdlExecutor.drop(drop, cx));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgCreateSequence seq) {
            return command(sql, cx -> DdlExecutor.createSequence(seq, cx));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgDiscardStatement discard) {
            return command(sql, cx -> discard(discard));
        }
        if (stmt instanceof PgTruncate truncate) {
            return command(sql, cx -> DdlExecutor.truncate(truncate, cx));
        }
        if (stmt instanceof PgInsert || stmt instanceof PgUpdate || stmt instanceof PgDelete) {
            return dml(stmt, sql, declared);
        }
        return statements.prepare(stmt);
    }

    private String discard(dev.tusk.calcite.parser.PgDiscardStatement d) {
        switch (d.target) {
            case SEQUENCES -> transaction.discardSequences();
            case ALL -> {
                if (transaction.inBlock()) {
                    throw new PgException(
                            SqlState.ACTIVE_SQL_TRANSACTION, "DISCARD ALL cannot run inside a transaction block");
                }
                transaction.discardSequences();
                session.deallocateAll();
                session.unlistenAll();
            }
            case PLANS -> {}
            case TEMP -> {}
        }
        return "DISCARD " + d.target.name();
    }

    private ExecContext context(AtomicBoolean cancel) {
        return new ExecContext(engine.planner(), engine.types(), session, transaction, searchPath(), cancel);
    }

    /** A statement run in full at Execute, inside the statement lifecycle of the session's transaction. */
    private PreparedQuery command(String sql, Function<ExecContext, String> run) {
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return new int[0];
            }

            @Override
            public List<Column> columns() {
                return List.of();
            }

            @Override
            public QueryResult execute(Parameters parameters, ExecutionContext context) {
                transaction.checkNotFailed();
                AtomicBoolean cancel = cancelFlag(context);
                try {
                    String tag = run.apply(context(cancel));
                    transaction.statementSucceeded();
                    return new QueryResult.Command(tag);
                } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
                    transaction.statementFailed();
                    throw CalciteErrors.toPgException(e, sql);
                }
            }
        };
    }

    private PreparedQuery dml(PgStatement stmt, String sql, int[] declared) {
        PreparedDml planned = planDml(stmt, declared, context(new AtomicBoolean()));
        int[] parameterTypes =
                planned.parameterTypes().stream().mapToInt(t -> t.type().oid()).toArray();
        List<Column> columns =
                planned.returning() == null ? List.of() : CalcitePreparedQuery.columns(planned.returning());
        return new PreparedQuery() {
            private PreparedDml plan = planned;

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
                AtomicBoolean cancel = cancelFlag(context);
                ExecContext cx = context(cancel);
                try {
                    if (plan.catalogVersion() != transaction.catalog().version()) {
                        plan = planDml(stmt, declared, cx); // the tables changed since Parse: plan again
                    }
                    Object[] params = new Object[parameterTypes.length];
                    for (int i = 0; i < params.length; i++) {
                        Object v = parameters.isNull(i) ? null : parameters.value(i);
                        params[i] = dev.tusk.calcite.type.CalciteValues.toCalcite(
                                v,
                                dev.tusk.calcite.type.CalciteTypes.toRelDataType(
                                        plan.parameterTypes().get(i), engine.types()));
                    }
                    List<Object[]> returned = new ArrayList<>();
                    long count = plan.execute(params, cx, returned);
                    transaction.statementSucceeded();
                    if (plan.returning() == null) {
                        return new QueryResult.Command(plan.tagPrefix() + " " + count);
                    }
                    var fields = plan.returning().rowType().getFieldList();
                    List<Object[]> out = new ArrayList<>(returned.size());
                    for (Object[] r : returned) {
                        Object[] pg = new Object[r.length];
                        for (int i = 0; i < r.length; i++) {
                            pg[i] = dev.tusk.calcite.type.CalciteValues.toPg(
                                    r[i], fields.get(i).getType());
                        }
                        out.add(pg);
                    }
                    return new QueryResult.Rows(columns, RowStream.of(out), plan.tagPrefix());
                } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
                    transaction.statementFailed();
                    throw CalciteErrors.toPgException(e, sql);
                }
            }
        };
    }

    private PreparedDml planDml(PgStatement stmt, int[] declared, ExecContext cx) {
        if (stmt instanceof PgInsert insert) {
            return DmlPlanner.insert(insert, declared, cx);
        }
        if (stmt instanceof PgUpdate update) {
            return DmlPlanner.update(update, declared, cx);
        }
        return DmlPlanner.delete((PgDelete) stmt, declared, cx);
    }

    private static AtomicBoolean cancelFlag(ExecutionContext context) {
        AtomicBoolean cancel = new AtomicBoolean(context.isCancelled());
        context.onCancel(() -> cancel.set(true));
        return cancel;
    }

    /** The schemas of search_path that exist, with pg_catalog first unless listed, as PostgreSQL searches them. */
    List<String> searchPath() {
        String setting = session.setting("search_path");
        if (setting == null) {
            setting = "\"$user\", public"; // PostgreSQL's default
        }
        CatalogState catalog = transaction.catalog();
        List<String> path = new ArrayList<>();
        if (setting != null) {
            for (String part : setting.split(",")) {
                String name = part.trim();
                if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
                    name = name.substring(1, name.length() - 1);
                } else {
                    name = name.toLowerCase(Locale.ROOT);
                }
                if (name.equals("$user")) {
                    name = session.user();
                }
                if (catalog.schemas().containsKey(name) && !path.contains(name)) {
                    path.add(name);
                }
            }
        }
        if (!path.contains("pg_catalog")) {
            path.add(0, "pg_catalog");
        }
        return path;
    }

    @Override
    public void close() {
        transaction.close();
    }

    static PgException notSupported(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet");
    }
}

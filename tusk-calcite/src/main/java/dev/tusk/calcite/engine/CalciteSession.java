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
    private final SqlPreparedStatements sqlPrepared = new SqlPreparedStatements(this);
    private final SqlCursors cursors = new SqlCursors(this);
    private final Notifications notifications;

    CalciteSession(CalciteEngine engine, SessionContext session) {
        this.engine = engine;
        this.session = session;
        this.transaction = new SessionTransaction(engine.catalog(), session, this::searchPath);
        this.statements = new SessionStatements(session, transaction);
        this.notifications = new Notifications(session, transaction);
    }

    @Override
    public PreparedQuery prepare(String sql, int[] declaredParameterTypes) {
        if (declaredParameterTypes == null || declaredParameterTypes.length == 0) {
            PreparedQuery known = knownShape(sql);
            if (known != null) {
                return known;
            }
        }
        // WARNINGs of type modifiers (timestamp(7)) reach the client as the parser's notices do in PostgreSQL
        dev.tusk.calcite.type.TypmodWarnings.Collected<PreparedQuery> prepared =
                dev.tusk.calcite.type.TypmodWarnings.collect(
                        () -> prepare(PgSqlParser.parse(sql), sql, declaredParameterTypes));
        for (dev.tusk.types.PgWarning w : prepared.warnings()) {
            session.sendNotice(new dev.tusk.server.api.Notice("WARNING", w.sqlState(), w.message(), null, null));
        }
        return prepared.value();
    }

    /** Prepares a parsed statement ({@code sql} is the text errors point into). */
    PreparedQuery prepare(SqlNode node, String sql, int[] declaredParameterTypes) {
        if (node instanceof PgTransactionStatement tx) {
            return clock.track(statements.transaction(tx));
        }
        transaction.checkNotFailed();
        try {
            if (node instanceof PgInsert || node instanceof PgUpdate || node instanceof PgDelete) {
                return clock.track(dml(node, sql, declaredParameterTypes));
            }
            if (node instanceof PgStatement stmt) {
                return clock.track(prepareStatement(stmt, sql, declaredParameterTypes));
            }
            return query(node, sql, declaredParameterTypes);
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            PgException pg = CalciteErrors.toPgException(e, sql);
            if (transaction.inBlock()) {
                transaction.statementFailed();
            }
            throw pg;
        }
    }

    /**
     * A statement seen before up to its integer literals, whose plan is cached: no parsing, no planning. Null
     * when there is no such plan (the caller parses).
     */
    private PreparedQuery knownShape(String sql) {
        StatementShapes.Match m = engine.shapes().match(sql);
        if (m == null) {
            return null;
        }
        transaction.checkNotFailed();
        CatalogState catalog = transaction.catalog();
        int[] types = new int[m.values().length];
        java.util.Arrays.fill(types, dev.tusk.types.BuiltinTypes.INT4.oid());
        PlanCache.Key key = PlanCache.key(m.known().liftedKey(), types, searchPath(), catalog);
        if (m.known().dml()) {
            PreparedDml plan = engine.plans().peek(key);
            return plan == null ? null : clock.track(dmlQuery(plan, sql, new int[0], m.values()));
        }
        CompiledQuery compiled = engine.plans().peek(key);
        if (compiled == null) {
            return null;
        }
        return new CalcitePreparedQuery(
                engine,
                compiled,
                catalog,
                c -> replanQuery(sql, new int[0], true, c),
                transaction,
                sql,
                clock,
                m.values());
    }

    private CompiledQuery replanQuery(String sql, int[] declared, boolean lift, CatalogState catalog) {
        SqlNode fresh = PgSqlParser.parse(sql);
        LiteralLifter.Lifted again = lift ? LiteralLifter.lift(fresh, sql) : null;
        return planQuery(fresh, sql, declared, again, catalog);
    }

    /** A query, planned through the engine's plan cache, literals lifted where that is safe. */
    private PreparedQuery query(SqlNode node, String sql, int[] declared) {
        LiteralLifter.Lifted lifted = LiteralLifter.lift(node, sql);
        CatalogState catalog = transaction.catalog();
        CompiledQuery compiled;
        try {
            compiled = planQuery(node, sql, declared, lifted, catalog);
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            if (lifted == null) {
                throw e;
            }
            lifted = null; // report what the statement as written does
            compiled = planQuery(PgSqlParser.parse(sql), sql, declared, null, catalog);
        }
        boolean lift = lifted != null;
        if (lift) {
            engine.shapes().remember(sql, lifted, false);
        }
        return new CalcitePreparedQuery(
                engine,
                compiled,
                catalog,
                c -> replanQuery(sql, declared, lift, c),
                transaction,
                sql,
                clock,
                lifted == null ? null : lifted.values());
    }

    private CompiledQuery planQuery(
            SqlNode node, String sql, int[] declared, LiteralLifter.Lifted lifted, CatalogState catalog) {
        String key = lifted == null ? sql : lifted.key();
        int[] types = lifted == null ? declared : lifted.declared();
        List<String> path = searchPath();
        return engine.plans()
                .get(
                        PlanCache.key(key, types, path, catalog),
                        () -> dev.tusk.calcite.plan.UnknownParameters.compile(
                                reparsing(node, sql, lifted != null),
                                types,
                                tree -> t -> engine.planner().compile(tree, t, path, catalog.calciteRoot())));
    }

    /** {@code node} first, then a fresh parse of {@code sql} (lifted again if it was) for each further attempt. */
    private static java.util.function.Supplier<SqlNode> reparsing(SqlNode node, String sql, boolean lift) {
        return new java.util.function.Supplier<>() {
            private boolean first = true;

            @Override
            public SqlNode get() {
                if (first) {
                    first = false;
                    return node;
                }
                SqlNode fresh = PgSqlParser.parse(sql);
                if (lift) {
                    LiteralLifter.lift(fresh, sql);
                }
                return fresh;
            }
        };
    }

    private PreparedQuery prepareStatement(PgStatement stmt, String sql, int[] declared) {
        Function<ExecContext, String> objects = dev.tusk.calcite.exec.ObjectDdl.executor(stmt, sql);
        if (objects != null) {
            return command(sql, objects);
        }
        if (stmt instanceof PgCreateTable create) {
            return command(sql, cx -> DdlExecutor.createTable(create, cx));
        }
        if (stmt instanceof PgDrop drop && drop.kind == PgDrop.Kind.INDEX) {
            return command(sql, cx -> dev.tusk.calcite.exec.IndexDdl.drop(drop, cx));
        }
        if (stmt instanceof PgDrop drop) {
            return command(sql, cx -> DdlExecutor.drop(drop, cx));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgCreateIndex index) {
            return command(sql, cx -> dev.tusk.calcite.exec.IndexDdl.create(index, cx));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgCreateSequence seq) {
            return command(sql, cx -> DdlExecutor.createSequence(seq, cx));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgDiscardStatement discard) {
            return command(sql, cx -> discard(discard));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgAlterTable alter) {
            return command(sql, cx -> dev.tusk.calcite.exec.AlterTable.execute(alter, cx));
        }
        if (stmt instanceof PgTruncate truncate) {
            return command(sql, cx -> DdlExecutor.truncate(truncate, cx));
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgCopy copy) {
            return CopyCommand.prepare(this, copy, sql);
        }
        if (SqlPreparedStatements.handles(stmt)) {
            return sqlPrepared.prepare(stmt, sql);
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgExplain explain) {
            return ExplainStatement.prepare(this, explain, sql, declared);
        }
        if (SqlCursors.handles(stmt)) {
            return cursors.prepare(stmt, sql, declared);
        }
        if (stmt instanceof dev.tusk.calcite.parser.PgNotification n) {
            return notifications.prepare(n, sql);
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
                sqlPrepared.deallocateAll();
                cursors.closeAll();
                session.unlistenAll();
            }
            case PLANS -> {}
            case TEMP -> {}
        }
        return "DISCARD " + d.target.name();
    }

    CalciteEngine engine() {
        return engine;
    }

    SessionTransaction transaction() {
        return transaction;
    }

    /**
     * A query compiled by a statement that wraps it (DECLARE, EXPLAIN ANALYZE, COPY (query)), bound to this session
     * for the catalog version it was compiled against; if DDL changes the catalog before it runs, it fails rather
     * than run a plan for tables that changed.
     */
    PreparedQuery query(CompiledQuery compiled, String sql) {
        return new CalcitePreparedQuery(
                engine,
                compiled,
                transaction.catalog(),
                changed -> {
                    throw new PgException(
                            SqlState.FEATURE_NOT_SUPPORTED,
                            "the tables this statement reads changed since it was prepared; prepare it again");
                },
                transaction,
                sql,
                clock,
                null);
    }

    ExecContext context(AtomicBoolean cancel) {
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
                    throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
                }
            }
        };
    }

    private PreparedQuery dml(SqlNode node, String sql, int[] declared) {
        LiteralLifter.Lifted lifted = LiteralLifter.lift(node, sql);
        PreparedDml first;
        try {
            first = cachedDml((PgStatement) node, sql, declared, lifted);
        } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
            if (lifted == null) {
                throw e;
            }
            lifted = null; // report what the statement as written does
            first = cachedDml((PgStatement) PgSqlParser.parse(sql), sql, declared, null);
        }
        if (lifted != null) {
            engine.shapes().remember(sql, lifted, true);
        }
        return dmlQuery(first, sql, declared, lifted == null ? null : lifted.values());
    }

    /** An INSERT, UPDATE or DELETE bound to this session; with lifted literals, the client sees no parameters. */
    private PreparedQuery dmlQuery(PreparedDml planned, String sql, int[] declared, Object[] liftedValues) {
        int[] parameterTypes = liftedValues != null
                ? new int[0]
                : planned.parameterTypes().stream()
                        .mapToInt(t -> t.type().oid())
                        .toArray();
        List<Column> columns =
                planned.returning() == null ? List.of() : CalcitePreparedQuery.columns(planned.returning());
        return new PreparedQuery() {
            private PreparedDml plan = planned;
            private org.apache.calcite.rel.type.RelDataType[] types = relTypes(planned);

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
                        // the tables changed since Parse: plan again
                        SqlNode fresh = PgSqlParser.parse(sql);
                        LiteralLifter.Lifted again = liftedValues == null ? null : LiteralLifter.lift(fresh, sql);
                        plan = cachedDml((PgStatement) fresh, sql, declared, again);
                        types = relTypes(plan);
                    }
                    Object[] params = CalcitePreparedQuery.parameters(types, parameters, liftedValues);
                    List<Object[]> returned = new ArrayList<>();
                    long count;
                    try {
                        count = plan.execute(params, cx, returned);
                    } catch (PreparedDml.StalePlanException stale) {
                        SqlNode fresh = PgSqlParser.parse(sql);
                        LiteralLifter.Lifted again = liftedValues == null ? null : LiteralLifter.lift(fresh, sql);
                        plan = cachedDml((PgStatement) fresh, sql, declared, again);
                        types = relTypes(plan);
                        params = CalcitePreparedQuery.parameters(types, parameters, liftedValues);
                        count = plan.execute(params, cx, returned);
                    }
                    transaction.statementSucceeded();
                    if (plan.returning() == null) {
                        return new QueryResult.Command(plan.tagPrefix() + " " + count);
                    }
                    var fields = plan.returning().rowType().getFieldList();
                    List<Object[]> out = new ArrayList<>(returned.size());
                    for (Object[] r : returned) {
                        Object[] pg = new Object[r.length];
                        for (int i = 0; i < r.length; i++) {
                            pg[i] = dev.tusk.calcite.type.TextHeldValues.forColumn(
                                    dev.tusk.calcite.type.CalciteValues.toPg(
                                            r[i], fields.get(i).getType()),
                                    columns.get(i).type(),
                                    session.formatSettings());
                        }
                        out.add(pg);
                    }
                    return new QueryResult.Rows(columns, RowStream.of(out), plan.tagPrefix());
                } catch (RuntimeException | AssertionError | ExceptionInInitializerError e) {
                    transaction.statementFailed();
                    throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
                }
            }
        };
    }

    private org.apache.calcite.rel.type.RelDataType[] relTypes(PreparedDml plan) {
        org.apache.calcite.rel.type.RelDataType[] out = new org.apache.calcite.rel.type.RelDataType
                [plan.parameterTypes().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dev.tusk.calcite.type.CalciteTypes.toRelDataType(
                    plan.parameterTypes().get(i), engine.types());
        }
        return out;
    }

    /** A DML plan through the engine's plan cache. */
    private PreparedDml cachedDml(PgStatement stmt, String sql, int[] declared, LiteralLifter.Lifted lifted) {
        String key = lifted == null ? sql : lifted.key();
        int[] types = lifted == null ? declared : lifted.declared();
        CatalogState catalog = transaction.catalog();
        ExecContext cx = context(new AtomicBoolean());
        return engine.plans().get(PlanCache.key(key, types, cx.searchPath(), catalog), () -> planDml(stmt, types, cx));
    }

    private PreparedDml planDml(PgStatement target, int[] declared, ExecContext cx) {
        PgStatement stmt =
                dev.tusk.calcite.exec.ViewDml.rewrite(target, cx.transaction().catalog(), cx.searchPath());
        if (stmt instanceof PgInsert insert) {
            return DmlPlanner.insert(insert, declared, cx);
        }
        if (stmt instanceof PgUpdate update) {
            return DmlPlanner.update(update, declared, cx);
        }
        return DmlPlanner.delete((PgDelete) stmt, declared, cx);
    }

    static AtomicBoolean cancelFlag(ExecutionContext context) {
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
        if (setting.equals(pathSetting) && catalog == pathCatalog) {
            return path;
        }
        List<String> resolved = resolveSearchPath(setting, catalog);
        pathSetting = setting;
        pathCatalog = catalog;
        path = resolved;
        return resolved;
    }

    private String pathSetting;
    private CatalogState pathCatalog;
    private List<String> path;

    private List<String> resolveSearchPath(String setting, CatalogState catalog) {
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
        return List.copyOf(path);
    }

    SessionContext session() {
        return session;
    }

    @Override
    public PreparedQuery cursor(String name) {
        return cursors.portal(name);
    }

    @Override
    public void close() {
        sqlPrepared.closeAll();
        cursors.closeAll();
        transaction.close();
        notifications.close();
    }

    static PgException notSupported(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet");
    }
}

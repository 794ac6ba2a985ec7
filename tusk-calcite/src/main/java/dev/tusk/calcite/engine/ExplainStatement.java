package dev.tusk.calcite.engine;

import dev.tusk.calcite.exec.DmlPlanner;
import dev.tusk.calcite.exec.PreparedDml;
import dev.tusk.calcite.parser.PgDelete;
import dev.tusk.calcite.parser.PgExplain;
import dev.tusk.calcite.parser.PgInsert;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.parser.PgUpdate;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * EXPLAIN [ANALYZE] [(options)] of a query, INSERT, UPDATE or DELETE: one text column {@code QUERY PLAN} with
 * Calcite's optimised plan, one operator a line (its shape cannot match PostgreSQL's). ANALYZE runs the statement,
 * DML included, as PostgreSQL does, and adds the row count and timings. FORMAT other than TEXT is 0A000.
 */
final class ExplainStatement implements PreparedQuery {
    private static final List<Column> COLUMNS = List.of(Column.of("QUERY PLAN", BuiltinTypes.TEXT));

    private final CalciteSession session;
    private final PgExplain explain;
    private final String sql;
    private final int[] declared;
    private final boolean analyze;
    private final boolean summary;
    private final CompiledQuery query;
    private final long compileNanos;

    private ExplainStatement(CalciteSession session, PgExplain explain, String sql, int[] declared) {
        this.session = session;
        this.explain = explain;
        this.sql = sql;
        this.declared = declared.clone();
        boolean a = false;
        Boolean s = null;
        boolean timing = false;
        for (Map.Entry<String, String> e : explain.options.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "analyze" -> a = bool(e.getKey(), v);
                case "verbose", "costs", "settings", "buffers", "wal" -> bool(e.getKey(), v);
                case "timing" -> timing = bool(e.getKey(), v);
                case "summary" -> s = bool(e.getKey(), v);
                case "format" -> format(v);
                default ->
                    throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized EXPLAIN option \"" + e.getKey() + "\"");
            }
        }
        if (timing && !a) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "EXPLAIN option TIMING requires ANALYZE");
        }
        this.analyze = a;
        this.summary = s != null ? s : a;
        if (explain.statement instanceof PgStatement stmt
                && !(stmt instanceof PgInsert || stmt instanceof PgUpdate || stmt instanceof PgDelete)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN " + stmt.tag() + " is not supported yet");
        }
        long compileStart = System.nanoTime();
        this.query = explain.statement instanceof PgStatement
                ? null
                : session.engine()
                        .planner()
                        .compile(
                                explain.statement,
                                declared,
                                session.searchPath(),
                                session.transaction().catalog().calciteRoot());
        this.compileNanos = System.nanoTime() - compileStart;
    }

    static PreparedQuery prepare(CalciteSession session, PgExplain explain, String sql, int[] declared) {
        return new ExplainStatement(session, explain, sql, declared);
    }

    @Override
    public int[] parameterTypes() {
        return query == null ? new int[0] : CalcitePreparedQuery.parameterOids(query);
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public QueryResult execute(Parameters parameters, ExecutionContext context) {
        var tx = session.transaction();
        tx.checkNotFailed();
        List<String> lines = new ArrayList<>();
        long planStart = System.nanoTime();
        String plan;
        String header = null;
        try {
            if (query != null) {
                plan = query.plan();
            } else {
                PreparedDml dml = planDml(session.context(CalciteSession.cancelFlag(context)));
                plan = dml.plan().plan();
                String command = explain.statement instanceof PgInsert
                        ? "Insert"
                        : explain.statement instanceof PgUpdate ? "Update" : "Delete";
                header = command + " on " + dml.table().name();
            }
        } catch (RuntimeException | AssertionError e) {
            tx.statementFailed();
            throw Cancellation.reason(CalciteErrors.toPgException(e, sql), context);
        }
        double planningMs = (System.nanoTime() - planStart + compileNanos) / 1e6;
        long rows = 0;
        double executionMs = 0;
        if (analyze) {
            long start = System.nanoTime();
            rows = run(parameters, context);
            executionMs = (System.nanoTime() - start) / 1e6;
        }
        String indent = "";
        if (header != null) {
            lines.add(header + (analyze ? " (actual rows=" + rows + ")" : ""));
            indent = "  ->  ";
        }
        boolean first = true;
        for (String line : plan.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String l = line.stripTrailing();
            if (first && analyze && header == null) {
                l += " (actual rows=" + rows + ")";
            }
            lines.add(first ? indent + l : (indent.isEmpty() ? l : "      " + l));
            first = false;
        }
        if (summary) {
            lines.add(String.format(Locale.ROOT, "Planning Time: %.3f ms", planningMs));
            if (analyze) {
                lines.add(String.format(Locale.ROOT, "Execution Time: %.3f ms", executionMs));
            }
        }
        if (!analyze) {
            tx.statementSucceeded();
        }
        List<Object[]> out = new ArrayList<>();
        for (String l : lines) {
            out.add(new Object[] {l});
        }
        return new QueryResult.Rows(COLUMNS, RowStream.of(out), "EXPLAIN", false);
    }

    /** ANALYZE: runs the statement for real, as its own statement in the session's transaction. */
    private long run(Parameters parameters, ExecutionContext context) {
        if (query != null) {
            QueryResult.Rows r = (QueryResult.Rows) session.query(query, sql).execute(parameters, context);
            long n = 0;
            try (RowStream rows = r.rows()) {
                while (rows.next()) {
                    n++;
                }
            } catch (PgException e) {
                throw e;
            } catch (Exception e) {
                throw new PgException(SqlState.INTERNAL_ERROR, String.valueOf(e.getMessage()));
            }
            return n;
        }
        QueryResult r = session.prepare(explain.statement, sql, declared).execute(parameters, context);
        if (r instanceof QueryResult.Command c) {
            String tag = c.tag();
            return Long.parseLong(tag.substring(tag.lastIndexOf(' ') + 1));
        }
        return 0;
    }

    private PreparedDml planDml(dev.tusk.calcite.exec.ExecContext cx) {
        if (explain.statement instanceof PgInsert i) {
            return DmlPlanner.insert(i, declared, cx);
        }
        if (explain.statement instanceof PgUpdate u) {
            return DmlPlanner.update(u, declared, cx);
        }
        return DmlPlanner.delete((PgDelete) explain.statement, declared, cx);
    }

    private static boolean bool(String name, String v) {
        if (v == null) {
            return true;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, name + " requires a Boolean value");
        };
    }

    private static void format(String v) {
        String f = v == null ? "" : v.toLowerCase(Locale.ROOT);
        switch (f) {
            case "text" -> {}
            case "json", "xml", "yaml" ->
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED,
                        "EXPLAIN (FORMAT " + f.toUpperCase(Locale.ROOT) + ") is not supported yet");
            default ->
                throw new PgException(
                        SqlState.INVALID_PARAMETER_VALUE,
                        "unrecognized value for EXPLAIN option \"format\": \"" + v + "\"");
        }
    }
}

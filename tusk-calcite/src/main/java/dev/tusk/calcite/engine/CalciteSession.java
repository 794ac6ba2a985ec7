package dev.tusk.calcite.engine;

import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.calcite.parser.PgStatement;
import dev.tusk.calcite.plan.CompiledQuery;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.SessionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlNode;

/** One client connection: parses each statement, runs queries through Calcite and session statements itself. */
final class CalciteSession implements QuerySession {
    private final CalciteEngine engine;
    private final SessionContext session;
    private final SessionStatements statements;
    private final TransactionClock clock = new TransactionClock();

    CalciteSession(CalciteEngine engine, SessionContext session) {
        this.engine = engine;
        this.session = session;
        this.statements = new SessionStatements(session);
    }

    @Override
    public PreparedQuery prepare(String sql, int[] declaredParameterTypes) {
        SqlNode node = PgSqlParser.parse(sql);
        if (node instanceof PgStatement stmt) {
            return clock.track(statements.prepare(stmt));
        }
        try {
            CompiledQuery compiled = engine.planner().compile(node, declaredParameterTypes, searchPath());
            return new CalcitePreparedQuery(engine, compiled, sql, clock);
        } catch (RuntimeException e) {
            throw CalciteErrors.toPgException(e, sql);
        }
    }

    /** The schemas of search_path that exist, with pg_catalog first unless listed, as PostgreSQL searches them. */
    private List<String> searchPath() {
        String setting = session.setting("search_path");
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
                if (engine.root().getSubSchema(name, true) != null && !path.contains(name)) {
                    path.add(name);
                }
            }
        }
        if (!path.contains("pg_catalog")) {
            path.add(0, "pg_catalog");
        }
        return path;
    }

    static PgException notSupported(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported yet");
    }
}

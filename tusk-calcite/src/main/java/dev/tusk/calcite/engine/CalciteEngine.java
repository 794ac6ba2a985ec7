package dev.tusk.calcite.engine;

import dev.tusk.calcite.catalog.Catalog;
import dev.tusk.calcite.datetime.DatetimeOperators;
import dev.tusk.calcite.func.FunctionRegistry;
import dev.tusk.calcite.plan.QueryPlanner;
import dev.tusk.calcite.sql.PgOperatorTable;
import dev.tusk.calcite.type.PgJavaTypeFactory;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.SessionContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * Serves PostgreSQL clients from Apache Calcite over an in-memory database: one instance per database, one
 * {@link CalciteSession} per connection.
 */
public final class CalciteEngine implements QueryEngine {
    static {
        // Calcite's literals default to ISO-8859-1; PostgreSQL text is Unicode.
        System.setProperty("calcite.default.charset", "UTF-8");
        System.setProperty("calcite.default.nationalcharset", "UTF-8");
        System.setProperty("calcite.default.collation.name", "UTF-8$en_US");
    }

    private final Catalog catalog = new Catalog();
    private final JavaTypeFactory types;
    private final QueryPlanner planner;
    private final PlanCache plans = new PlanCache(PlanCache.DEFAULT_CAPACITY, catalog::committed);
    private final StatementShapes shapes = new StatementShapes(PlanCache.DEFAULT_CAPACITY);

    /** Creates an engine with an empty database (schemas public and pg_catalog). */
    public CalciteEngine() {
        this.types = new PgJavaTypeFactory();
        this.planner = new QueryPlanner(
                types,
                new PgOperatorTable(SqlOperatorTables.chain(
                        FunctionRegistry.operatorTable(FunctionRegistry.builtins()),
                        DatetimeOperators.table(),
                        SqlOperatorTables.of(dev.tusk.calcite.func.NumericCast.OPERATOR))));
    }

    /**
     * Plans a few representative queries, so that the class loading and code generation of a cold JVM (seconds)
     * happen before the first client arrives rather than in its first query.
     */
    public void warmUp() {
        var root = catalog.committed().calciteRoot();
        for (String sql : new String[] {
            "SELECT 1",
            "SELECT x, count(*), sum(y), max(z) FROM (VALUES (1, 2.5, 'a'), (2, 3.5, 'b')) AS t(x, y, z)"
                    + " WHERE x > 0 GROUP BY x ORDER BY x LIMIT 10",
            "SELECT a.x FROM (VALUES (1)) AS a(x) JOIN (VALUES (1)) AS b(x) ON a.x = b.x WHERE a.x = $1",
            "SELECT now(), '2024-01-01'::date + 1, upper('x') || 'y'"
        }) {
            planner.compile(
                    dev.tusk.calcite.parser.PgSqlParser.parse(sql), new int[] {23}, java.util.List.of("public"), root);
        }
    }

    @Override
    public QuerySession openSession(SessionContext session) {
        return new CalciteSession(this, session);
    }

    Catalog catalog() {
        return catalog;
    }

    JavaTypeFactory types() {
        return types;
    }

    QueryPlanner planner() {
        return planner;
    }

    PlanCache plans() {
        return plans;
    }

    StatementShapes shapes() {
        return shapes;
    }
}

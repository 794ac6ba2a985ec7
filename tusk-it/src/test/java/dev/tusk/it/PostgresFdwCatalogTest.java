package dev.tusk.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL 15 as Tusk's client: the reference database (which holds the catalog schema itself) mounts the
 * subject's schema {@code shop} through postgres_fdw ({@code IMPORT FOREIGN SCHEMA shop ... INTO remote_shop}), then
 * compares the imported tables' columns with its own {@code shop} tables, runs scans, filters (checking with
 * {@code EXPLAIN VERBOSE} that the WHERE clause, and an aggregate, are pushed down into the Remote SQL), joins of two foreign tables,
 * joins with a local table and aggregates, and compares each answer with the same query on its local tables. The
 * session statements and cursor postgres_fdw sends the remote server are also run directly on both sides.
 * {@code shop.customers.created_at} (the load time) is left out of the answers. Checks failing on Tusk today are
 * listed in {@code src/test/clients/catalog-known-failures-fdw.txt}.
 */
class PostgresFdwCatalogTest {

    /** Queries run on {@code remote_shop} and on {@code shop}: {@code S} is replaced by the schema. */
    private static final List<String[]> QUERIES = List.of(
            new String[] {"scan customers", "SELECT id, email, name, score, active FROM S.customers ORDER BY id"},
            new String[] {"scan products", "SELECT * FROM S.products ORDER BY sku"},
            new String[] {"scan orders", "SELECT * FROM S.orders ORDER BY order_id"},
            new String[] {"scan order_items", "SELECT * FROM S.order_items ORDER BY order_id, line"},
            new String[] {
                "filter on varchar", "SELECT order_id, status FROM S.orders WHERE status = 'new' ORDER BY order_id"
            },
            new String[] {"filter on numeric", "SELECT sku, title FROM S.products WHERE price > 10 ORDER BY sku"},
            new String[] {
                "join of two foreign tables",
                "SELECT c.name, o.order_id, o.status FROM S.customers c JOIN S.orders o ON o.customer_id = c.id"
                        + " ORDER BY o.order_id"
            },
            new String[] {
                "join with a local table",
                "SELECT n.body, c.name FROM public.notes n JOIN S.customers c ON c.id = n.id ORDER BY n.id"
            },
            new String[] {"aggregate", "SELECT count(*), sum(quantity), max(unit_price) FROM S.order_items"},
            new String[] {"scan view", "SELECT * FROM S.big_orders ORDER BY order_id"});

    /** Queries whose plan must show a pushed-down part: name, query, what the Remote SQL must contain. */
    private static final List<String[]> PUSHDOWNS = List.of(
            new String[] {
                "filter pushed down",
                "SELECT order_id, status FROM remote_shop.orders WHERE status = 'new'",
                "WHERE ((status = 'new'"
            },
            new String[] {"aggregate pushed down", "SELECT count(*) FROM remote_shop.order_items", "count(*)"});

    /**
     * The session postgres_fdw opens on the remote server and one query's cursor, as it sends them (captured from
     * PostgreSQL 15, see catalog-queries/postgres_fdw.sql), run directly on both sides without the catalog, so
     * what the foreign scans need besides IMPORT FOREIGN SCHEMA is checked on its own.
     */
    private static final List<String> REMOTE_SESSION = List.of(
            "SET search_path = pg_catalog",
            "SET timezone = 'GMT'",
            "SET datestyle = ISO",
            "SET intervalstyle = postgres",
            "SET extra_float_digits = 3",
            "START TRANSACTION ISOLATION LEVEL REPEATABLE READ",
            "DECLARE c1 CURSOR FOR\nSELECT sku, title, price, weight_kg, tags, attributes, added FROM shop.products"
                    + " WHERE ((price > 10::numeric)) ORDER BY sku ASC NULLS LAST",
            "FETCH 100 FROM c1",
            "CLOSE c1",
            "COMMIT TRANSACTION");

    private static final String COLUMNS =
            "SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
                    + " a.attnotnull FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'S' AND a.attnum > 0"
                    + " AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'f') ORDER BY c.relname, a.attnum";

    @ParameterizedTest(name = "postgres_fdw on {0}")
    @MethodSource("dev.tusk.it.CatalogPair#subjects")
    void foreignSchema(Targets.Factory factory) throws SQLException {
        ToolChecks checks = new ToolChecks(
                factory.name(), "postgres_fdw", CatalogPair.KNOWN_DIR.resolve("catalog-known-failures-fdw.txt"));
        try (CatalogPair pair = CatalogPair.open(factory, checks);
                Connection local = CatalogPair.connect(pair.reference);
                Statement s = local.createStatement()) {
            ServerTarget subject = pair.subject;
            remoteSession(checks, pair);
            s.execute("CREATE EXTENSION postgres_fdw");
            s.execute("CREATE SERVER subject FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host " + literal(subject.host())
                    + ", port " + literal(Integer.toString(subject.port())) + ", dbname "
                    + literal(subject.database()) + ", sslmode 'disable')");
            s.execute("CREATE USER MAPPING FOR CURRENT_USER SERVER subject OPTIONS (user " + literal(subject.user())
                    + ", password " + literal(subject.password()) + ")");
            s.execute("CREATE SCHEMA remote_shop");
            boolean imported = run(
                    checks,
                    s,
                    "import foreign schema",
                    "IMPORT FOREIGN SCHEMA shop FROM SERVER subject" + " INTO remote_shop");
            if (!imported) {
                checks.fail("imported columns", "follows from import foreign schema", "");
            } else {
                checks.compare(
                        "imported columns",
                        rows(s, COLUMNS.replace("'S'", "'shop'")),
                        rows(s, COLUMNS.replace("'S'", "'remote_shop'")));
            }
            for (String[] q : QUERIES) {
                String want = rows(s, q[1].replace("S.", "shop."));
                if (!imported) {
                    checks.fail(q[0], "follows from import foreign schema", "");
                    continue;
                }
                String got;
                try {
                    got = rows(s, q[1].replace("S.", "remote_shop."));
                } catch (SQLException e) {
                    checks.fail(q[0], e.getSQLState() + " " + e.getMessage(), q[1]);
                    continue;
                }
                checks.compare(q[0], want, got);
            }
            for (String[] p : PUSHDOWNS) {
                if (!imported) {
                    checks.fail(p[0], "follows from import foreign schema", "");
                    continue;
                }
                String plan;
                try {
                    plan = rows(s, "EXPLAIN (VERBOSE, COSTS OFF) " + p[1]);
                } catch (SQLException e) {
                    checks.fail(p[0], e.getSQLState() + " " + e.getMessage(), p[1]);
                    continue;
                }
                String remote = plan.lines()
                        .filter(l -> l.contains("Remote SQL:"))
                        .findFirst()
                        .orElse("");
                if (remote.contains(p[2])) {
                    checks.pass(p[0]);
                } else {
                    checks.fail(p[0], "Remote SQL lacks " + p[2] + ": " + remote.strip(), plan);
                }
            }
        }
        checks.judge(CatalogPair.isReference(factory));
    }

    /** The statements of {@link #REMOTE_SESSION} on both sides, each outcome (rows, or the error) compared. */
    private static void remoteSession(ToolChecks checks, CatalogPair pair) throws SQLException {
        try (Connection want = CatalogPair.connect(pair.reference);
                Connection got = CatalogPair.connect(pair.subject);
                Statement w = want.createStatement();
                Statement g = got.createStatement()) {
            for (String sql : REMOTE_SESSION) {
                String check = "remote session: " + sql.replace("\n", " ");
                String expected = outcome(w, sql);
                String actual = outcome(g, sql);
                if (actual.startsWith("ERROR ") && !expected.equals(actual)) {
                    checks.fail(check, actual, sql);
                } else {
                    checks.compare(check, expected, actual);
                }
            }
        }
    }

    /** A statement's rows as text, "ok" for a command, or "ERROR" with the SQLSTATE and message. */
    private static String outcome(Statement s, String sql) {
        try {
            if (!s.execute(sql)) {
                return "ok\n";
            }
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        out.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.append('\n');
                }
            }
            return out.toString();
        } catch (SQLException e) {
            return "ERROR " + e.getSQLState() + " "
                    + e.getMessage().lines().findFirst().orElse("") + "\n";
        }
    }

    private static boolean run(ToolChecks checks, Statement s, String check, String sql) {
        try {
            s.execute(sql);
            checks.pass(check);
            return true;
        } catch (SQLException e) {
            checks.fail(check, e.getSQLState() + " " + e.getMessage(), sql);
            return false;
        }
    }

    /** A query's rows as text, one line per row, columns separated by {@code |}. */
    private static String rows(Statement s, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.server.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** CREATE INDEX and DROP INDEX: names, errors as PostgreSQL 15 gives them (checked by hand), and lookups using them. */
class IndexDdlTest {
    private static CalciteEngine engine;
    private static PgServer server;

    @BeforeAll
    static void start() {
        engine = new CalciteEngine();
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(engine)
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk");
    }

    private static List<String> lookups(String sql) {
        return engine.planner()
                .compile(
                        PgSqlParser.parse(sql),
                        new int[0],
                        List.of("pg_catalog", "public"),
                        engine.catalog().committed().calciteRoot())
                .indexLookups();
    }

    private static String error(Statement s, String sql) {
        PSQLException e = assertThrows(PSQLException.class, () -> s.execute(sql));
        var m = e.getServerErrorMessage();
        return m.getSQLState() + " " + m.getMessage() + (m.getHint() == null ? "" : " HINT " + m.getHint());
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void createUseAndDrop() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE it (a int PRIMARY KEY, b int, c text, j json)");
            s.execute("INSERT INTO it SELECT g, g % 7, 'c' || g, NULL FROM generate_series(1, 100) g");
            assertEquals(List.of(), lookups("SELECT a FROM it WHERE b = 3"));
            s.execute("CREATE INDEX ON it (b)");
            assertEquals(List.of("it_b_idx"), lookups("SELECT a FROM it WHERE b = 3"));
            assertEquals(List.of("3", "10", "17"), rows(s, "SELECT a FROM it WHERE b = 3 ORDER BY a LIMIT 3"));
            assertEquals(List.of("14"), rows(s, "SELECT count(*) FROM it WHERE b = 3"));
            s.execute("CREATE INDEX ON it (b)");
            s.execute("CREATE UNIQUE INDEX ON it (c)");
            assertEquals(List.of("it_c_idx"), lookups("SELECT a FROM it WHERE c = 'c5'"));
            assertEquals(List.of("it_pkey"), lookups("SELECT a FROM it WHERE a = 5 AND b = 5"));
            assertEquals(
                    "23505 duplicate key value violates unique constraint \"it_c_idx\"",
                    error(s, "INSERT INTO it VALUES (1000, 1, 'c5')"));
            assertEquals("42P07 relation \"it_b_idx\" already exists", error(s, "CREATE INDEX it_b_idx ON it (c)"));
            s.execute("CREATE INDEX IF NOT EXISTS it_b_idx ON it (c)");
            SQLWarning w = s.getWarnings();
            assertEquals("relation \"it_b_idx\" already exists, skipping", w.getMessage());
            assertEquals("42P07 relation \"it\" already exists", error(s, "CREATE INDEX it ON it (c)"));
            assertEquals("42P07 relation \"it_pkey\" already exists", error(s, "CREATE TABLE it_pkey (x int)"));
            assertEquals("42P07 relation \"it_c_idx\" already exists", error(s, "CREATE SEQUENCE it_c_idx"));
            assertEquals("42P01 relation \"nosuch\" does not exist", error(s, "CREATE INDEX x1 ON nosuch (c)"));
            assertEquals("42703 column \"zz\" does not exist", error(s, "CREATE INDEX x2 ON it (zz)"));
            assertEquals("42704 access method \"foo\" does not exist", error(s, "CREATE INDEX x3 ON it USING foo (c)"));
            assertEquals(
                    "0A000 access method \"hash\" does not support multicolumn indexes",
                    error(s, "CREATE INDEX x4 ON it USING hash (b, c)"));
            assertEquals(
                    "0A000 access method \"hash\" does not support unique indexes",
                    error(s, "CREATE UNIQUE INDEX x5 ON it USING hash (b)"));
            assertEquals(
                    "0A000 access method \"hash\" does not support ASC/DESC options",
                    error(s, "CREATE INDEX x6 ON it USING hash (b DESC)"));
            assertEquals(
                    "42704 data type json has no default operator class for access method \"btree\" HINT You must"
                            + " specify an operator class for the index or define a default operator class for the"
                            + " data type.",
                    error(s, "CREATE INDEX x7 ON it (j)"));
            assertEquals("0A000 index expressions are not supported", error(s, "CREATE INDEX x8 ON it ((lower(c)))"));
            assertTrue(error(s, "CREATE INDEX x9 ON it (b) WHERE b > 0").startsWith("0A000 partial indexes"));
            assertTrue(error(s, "CREATE INDEX x10 ON it USING gin (b)").startsWith("0A000 index access method"));
            String pkey = "2BP01 cannot drop index it_pkey because constraint it_pkey on table it requires it"
                    + " HINT You can drop constraint it_pkey on table it instead.";
            assertEquals(pkey, error(s, "DROP INDEX it_pkey"));
            assertEquals(pkey, error(s, "DROP INDEX it_pkey CASCADE"));
            assertEquals(
                    "42809 \"it\" is not an index HINT Use DROP TABLE to remove a table.", error(s, "DROP INDEX it"));
            assertEquals("42704 index \"nosuch\" does not exist", error(s, "DROP INDEX nosuch"));
            assertEquals("3F000 schema \"nosch\" does not exist", error(s, "DROP INDEX nosch.nosuch"));
            s.execute("DROP INDEX IF EXISTS nosuch");
            assertEquals(
                    "index \"nosuch\" does not exist, skipping", s.getWarnings().getMessage());
            s.execute("DROP INDEX it_b_idx, it_b_idx1");
            assertEquals(List.of(), lookups("SELECT a FROM it WHERE b = 3"));
            assertEquals(List.of("14"), rows(s, "SELECT count(*) FROM it WHERE b = 3"));
            s.execute("CREATE INDEX ON it (c, b)");
            s.execute("CREATE INDEX ON it (c, b)");
            assertEquals(List.of("it_c_idx"), lookups("SELECT a FROM it WHERE b = 5 AND c = 'c5'"));
            assertEquals(List.of("1"), rows(s, "SELECT count(*) FROM it WHERE b = 5 AND c = 'c5'"));
            // a CREATE UNIQUE INDEX index arbitrates ON CONFLICT (c)
            assertEquals(
                    1,
                    s.executeUpdate("INSERT INTO it (a, c) VALUES (500, 'c5') ON CONFLICT (c) DO UPDATE SET b = 99"));
            assertEquals(List.of("99"), rows(s, "SELECT b FROM it WHERE c = 'c5'"));
            assertEquals(
                    "42P10 there is no unique or exclusion constraint matching the ON CONFLICT specification",
                    error(s, "INSERT INTO it (a, b) VALUES (500, 1) ON CONFLICT (b) DO NOTHING"));
            s.execute("DROP TABLE it");
            s.execute("CREATE TABLE it (a int)");
            s.execute("CREATE INDEX ON it (a)"); // the old table's index names went with it
            assertEquals(List.of("it_a_idx"), lookups("SELECT a FROM it WHERE a = 1"));
            s.execute("DROP TABLE it");
        }
    }

    @Test
    void longNamesAreTruncatedAsPostgresDoes() {
        assertEquals(
                "a".repeat(57) + "_b_idx",
                dev.tusk.calcite.exec.IndexDdl.chooseNameForTest("a".repeat(63), List.of("b")));
    }

    @Test
    void transactionalCreateAndDrop() throws SQLException {
        try (Connection c = connect();
                Connection other = connect();
                Statement s = c.createStatement();
                Statement o = other.createStatement()) {
            s.execute("CREATE TABLE tx (a int, b int)");
            s.execute("INSERT INTO tx SELECT g, g FROM generate_series(1, 20) g");
            c.setAutoCommit(false);
            s.execute("CREATE UNIQUE INDEX tx_a ON tx (a)");
            assertEquals(List.of("5"), rows(s, "SELECT b FROM tx WHERE a = 5"));
            c.rollback();
            assertEquals(List.of(), lookups("SELECT b FROM tx WHERE a = 5"));
            s.execute("INSERT INTO tx VALUES (5, 55)"); // the rolled-back unique index checks nothing
            c.commit();
            assertEquals(List.of("5", "55"), rows(o, "SELECT b FROM tx WHERE a = 5 ORDER BY b"));
            s.execute("CREATE INDEX tx_a ON tx (a)");
            c.commit();
            assertEquals(List.of("5", "55"), rows(o, "SELECT b FROM tx WHERE a = 5 ORDER BY b"));
            // a dropped index stays usable for the dropping transaction's rollback and other sessions' plans
            s.execute("DROP INDEX tx_a");
            assertEquals(List.of("tx_a"), lookups("SELECT b FROM tx WHERE a = 5"));
            c.rollback();
            o.execute("INSERT INTO tx VALUES (5, 555)");
            assertEquals(List.of("5", "55", "555"), rows(o, "SELECT b FROM tx WHERE a = 5 ORDER BY b"));
            s.execute("DROP INDEX tx_a");
            c.commit();
            c.setAutoCommit(true);
            assertEquals(List.of(), lookups("SELECT b FROM tx WHERE a = 5"));
            assertEquals(List.of("5", "55", "555"), rows(o, "SELECT b FROM tx WHERE a = 5 ORDER BY b"));
            s.execute("DROP TABLE tx");
        }
    }

    @Test
    void concurrentlyIsRefusedInsideATransactionBlock() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE conc (a int)");
            c.setAutoCommit(false);
            SQLException e =
                    assertThrows(SQLException.class, () -> s.execute("CREATE INDEX CONCURRENTLY conc_a ON conc (a)"));
            assertEquals("25001", e.getSQLState());
            assertEquals("ERROR: CREATE INDEX CONCURRENTLY cannot run inside a transaction block", e.getMessage());
            c.rollback();
            c.setAutoCommit(true);
            s.execute("CREATE INDEX CONCURRENTLY conc_a ON conc (a)");
        }
    }
}

package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** The shared plan cache and literal lifting: hits, invalidation by DDL and search_path, settings still honoured. */
class PlanCacheTest {
    private static CalciteEngine engine;
    private static PgServer server;

    @BeforeAll
    static void start() throws SQLException {
        engine = new CalciteEngine();
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(engine)
                .build()
                .start();
        try (Connection c = connect(false);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pc (id int PRIMARY KEY, v int, s smallint, t text)");
            s.execute("INSERT INTO pc SELECT g, g * 10, g, 't' || g FROM generate_series(1, 50) g");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A connection; with {@code simple}, every statement goes as a simple Query, literals and all. */
    private static Connection connect(boolean simple) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk"
                + (simple ? "&preferQueryMode=simple" : ""));
    }

    @Test
    void literalsDifferingOnlyInValueShareAPlan() throws SQLException {
        try (Connection c = connect(true);
                Statement s = c.createStatement()) {
            rows(s, "SELECT v FROM pc WHERE id = 1");
            long misses = engine.plans().misses();
            for (int i = 2; i <= 20; i++) {
                assertEquals(List.of(String.valueOf(i * 10)), rows(s, "SELECT v FROM pc WHERE id = " + i));
            }
            assertEquals(misses, engine.plans().misses());
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE id = 2147483647"));
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE id = -2147483648"));
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE id = 2147483648")); // int8: not lifted
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE s = 70000")); // int2 column, int4 literal
            assertEquals(List.of("3"), rows(s, "SELECT s FROM pc WHERE s = 3"));
            assertEquals(List.of("30"), rows(s, "SELECT v FROM pc WHERE id = 3.0"));
            assertEquals(List.of("50"), rows(s, "SELECT v FROM pc WHERE id = '5'"));
            assertEquals(List.of("1"), rows(s, "SELECT 1 FROM pc WHERE id = 1"));
            assertEquals(List.of("?column?"), columnNames(s, "SELECT 1 FROM pc WHERE id = 1"));
            assertEquals(List.of("2|20", "3|30"), rows(s, "SELECT id, v FROM pc WHERE id > 1 AND id < 4 ORDER BY 1"));
            assertEquals(List.of("40"), rows(s, "SELECT v FROM pc WHERE id = 2 + 2 LIMIT 1"));
            PSQLException e =
                    assertThrows(PSQLException.class, () -> rows(s, "SELECT v FROM pc WHERE id + 2147483647 > 0"));
            assertEquals("22003", e.getSQLState());
            // DML: UPDATE ... SET with arithmetic and a negative literal, DELETE, INSERT VALUES
            assertEquals(1, s.executeUpdate("UPDATE pc SET v = v + -5 WHERE id = 7"));
            long dml = engine.plans().misses();
            assertEquals(1, s.executeUpdate("UPDATE pc SET v = v + -6 WHERE id = 8"));
            assertEquals(dml, engine.plans().misses());
            assertEquals(List.of("65", "74"), rows(s, "SELECT v FROM pc WHERE id IN (7, 8) ORDER BY id"));
            assertEquals(1, s.executeUpdate("INSERT INTO pc VALUES (100, 1, 1, 'x')"));
            assertEquals(1, s.executeUpdate("INSERT INTO pc VALUES (101, 2, 2, 'y')"));
            assertEquals(1, s.executeUpdate("DELETE FROM pc WHERE id = 100"));
            assertEquals(1, s.executeUpdate("DELETE FROM pc WHERE id = 101"));
            assertEquals(List.of("50"), rows(s, "SELECT count(*) FROM pc"));
        }
    }

    private static List<String> columnNames(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getMetaData().getColumnName(i));
            }
            return out;
        }
    }

    @Test
    void ddlInvalidates() throws SQLException {
        try (Connection c = connect(true);
                Connection p = connect(false);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE inv (a int, b text)");
            s.execute("INSERT INTO inv VALUES (1, 'one')");
            assertEquals(List.of("1|one"), rows(s, "SELECT * FROM inv WHERE a = 1"));
            try (PreparedStatement ps = p.prepareStatement("SELECT a FROM inv WHERE a = ?")) {
                ps.setInt(1, 2);
                for (int i = 0; i < 6; i++) { // past pgjdbc's prepareThreshold: a named statement
                    ps.executeQuery().close();
                }
                s.execute("DROP TABLE inv");
                s.execute("CREATE TABLE inv (a int, b text, c int)");
                s.execute("INSERT INTO inv VALUES (2, 'two', 3)");
                assertEquals(List.of("2|two|3"), rows(s, "SELECT * FROM inv WHERE a = 2"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(2, rs.getInt(1)); // planned again for the new table
                }
                s.execute("DROP TABLE inv");
                s.execute("CREATE TABLE inv (a text)");
                PSQLException e = assertThrows(PSQLException.class, () -> ps.executeQuery());
                assertEquals("0A000", e.getSQLState());
                assertEquals(
                        "cached plan must not change result type",
                        e.getServerErrorMessage().getMessage());
            }
            s.execute("DROP TABLE inv");
            PSQLException gone = assertThrows(PSQLException.class, () -> rows(s, "SELECT * FROM inv WHERE a = 1"));
            assertEquals("42P01", gone.getSQLState());
        }
    }

    @Test
    void searchPathIsPartOfTheKey() throws SQLException {
        try (Connection c = connect(true);
                Statement s = c.createStatement()) {
            assertEquals(List.of("10"), rows(s, "SELECT v FROM pc WHERE id = 1"));
            s.execute("SET search_path = pg_catalog");
            PSQLException e = assertThrows(PSQLException.class, () -> rows(s, "SELECT v FROM pc WHERE id = 1"));
            assertEquals("42P01", e.getSQLState());
            s.execute("RESET search_path");
            assertEquals(List.of("10"), rows(s, "SELECT v FROM pc WHERE id = 1"));
        }
    }

    @Test
    void settingsStillApplyToCachedPlans() throws SQLException {
        try (Connection c = connect(true);
                Statement s = c.createStatement()) {
            String q = "SELECT ('2024-01-01 00:00:00+00'::timestamptz + v * interval '1 second')::text FROM pc"
                    + " WHERE id = 1";
            s.execute("SET TimeZone = 'UTC'");
            assertEquals(List.of("2024-01-01 00:00:10+00"), rows(s, q));
            s.execute("SET TimeZone = 'Asia/Tokyo'");
            assertEquals(List.of("2024-01-01 09:00:10+09"), rows(s, q));
            s.execute("SET IntervalStyle = 'iso_8601'");
            assertEquals(List.of("PT10S"), rows(s, "SELECT v * interval '1 second' FROM pc WHERE id = 1"));
            s.execute("SET IntervalStyle = 'postgres'");
            assertEquals(List.of("00:00:10"), rows(s, "SELECT v * interval '1 second' FROM pc WHERE id = 1"));
        }
    }

    @Test
    void shapesSkipParsingOnlyWhenTheRestOfTheTextIsTheSame() throws SQLException {
        try (Connection c = connect(true);
                Statement s = c.createStatement()) {
            assertEquals(List.of("2"), rows(s, "SELECT id FROM pc WHERE id > 1 ORDER BY id LIMIT 1"));
            assertEquals(List.of("2", "3"), rows(s, "SELECT id FROM pc WHERE id > 1 ORDER BY id LIMIT 2"));
            assertEquals(List.of("4", "5"), rows(s, "SELECT id FROM pc WHERE id > 3 ORDER BY id LIMIT 2"));
            assertEquals(List.of("50"), rows(s, "SELECT v FROM pc WHERE t = 't5' AND id = 5"));
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE t = 't6' AND id = 5"));
            assertEquals(List.of("60"), rows(s, "SELECT v FROM pc WHERE t = 't6' AND id = 6"));
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE id = -11"));
            assertEquals(List.of("110"), rows(s, "SELECT v FROM pc WHERE id = - -11"));
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE id = 99999999999"));
            assertEquals(List.of("120"), rows(s, "SELECT v FROM pc WHERE id = 0000000012"));
            assertEquals(List.of(), rows(s, "SELECT v FROM pc WHERE id = 00000000008 + 1000"));
            assertEquals(List.of("90"), rows(s, "SELECT v FROM pc WHERE id = 9 /* 1 */"));
            assertEquals(List.of("100"), rows(s, "SELECT v FROM pc WHERE id = 10 /* 2 */"));
        }
        var shape = StatementShapes.shape("SELECT 'a1', x1, 1.5, 1e3, 42, \"7\" -- 7\n + 8 /* 9 /* 10 */ */");
        assertEquals(2, shape.starts().length);
        assertEquals(null, StatementShapes.shape("SELECT $1"));
        assertEquals(null, StatementShapes.shape("SELECT $$5$$"));
        assertEquals(null, StatementShapes.shape("SELECT 'open"));
    }

    @Test
    void boundedAndShared() {
        PlanCache cache = new PlanCache(2, () -> null);
        var catalog = engine.catalog().committed();
        String a = cache.get(PlanCache.key("a", new int[0], List.of(), catalog), () -> "A");
        assertEquals("A", a);
        cache.get(PlanCache.key("b", new int[0], List.of(), catalog), () -> "B");
        cache.get(PlanCache.key("a", new int[0], List.of(), catalog), () -> "X");
        cache.get(PlanCache.key("c", new int[0], List.of(), catalog), () -> "C"); // evicts b, the least recent
        assertEquals(2, cache.size());
        assertEquals("A", cache.get(PlanCache.key("a", new int[0], List.of(), catalog), () -> "Y"));
        assertEquals("Z", cache.get(PlanCache.key("b", new int[0], List.of(), catalog), () -> "Z"));
        assertEquals("P", cache.get(PlanCache.key("a", new int[] {23}, List.of(), catalog), () -> "P"));
        assertEquals("Q", cache.get(PlanCache.key("a", new int[0], List.of("public"), catalog), () -> "Q"));
    }
}

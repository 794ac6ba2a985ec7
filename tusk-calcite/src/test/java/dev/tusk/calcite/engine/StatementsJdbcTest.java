package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** PREPARE/EXECUTE/DEALLOCATE, SQL cursors, EXPLAIN and LISTEN/NOTIFY through pgjdbc against the Calcite engine. */
class StatementsJdbcTest {
    private static CalciteTestServer server;

    @BeforeAll
    static void start() {
        server = CalciteTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return server.connect();
    }

    private static SQLException error(Statement s, String sql, String state) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
        assertEquals(state, e.getSQLState(), e.getMessage());
        return e;
    }

    @Test
    void prepareExecuteDeallocate() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pe (a int PRIMARY KEY, b varchar(3))");
            s.execute("PREPARE ins(int, text) AS INSERT INTO pe VALUES ($1, $2)");
            assertEquals(1, s.executeUpdate("EXECUTE ins(1, 'x')"));
            assertEquals(1, s.executeUpdate("EXECUTE ins('2', 'y')"));
            error(s, "EXECUTE ins(3, 'yyyy')", "22001");
            s.execute("PREPARE sel(int) AS SELECT b FROM pe WHERE a = $1");
            assertEquals(List.of("x"), rows(s, "EXECUTE sel(1)"));
            assertEquals(List.of("y"), rows(s, "EXECUTE sel(2.0)"));
            assertEquals(List.of(), rows(s, "EXECUTE sel('5')"));
            SQLException e = error(s, "EXECUTE sel(1, 2)", "42601");
            assertTrue(e.getMessage().contains("wrong number of parameters for prepared statement \"sel\""));
            error(s, "EXECUTE sel", "42601");
            error(s, "EXECUTE sel('abc')", "22P02");
            error(s, "PREPARE sel AS SELECT 1", "42P05");
            error(s, "EXECUTE nope", "26000");
            error(s, "DEALLOCATE nope", "26000");
            s.execute("PREPARE pd AS SELECT $1::date");
            e = error(s, "EXECUTE pd('2020-01-01'::text)", "42804");
            assertTrue(
                    e.getMessage().contains("parameter $1 of type text cannot be coerced to the expected type date"));
            assertEquals(List.of("2020-01-02"), rows(s, "EXECUTE pd('2020-01-02')"));
            s.execute("DEALLOCATE PREPARE sel");
            error(s, "EXECUTE sel(1)", "26000");
            s.execute("DEALLOCATE ALL");
            error(s, "EXECUTE ins(9, 'z')", "26000");
            // PREPARE is not transactional
            c.setAutoCommit(false);
            s.execute("PREPARE inx AS SELECT 7");
            c.rollback();
            c.setAutoCommit(true);
            assertEquals(List.of("7"), rows(s, "EXECUTE inx"));
        }
    }

    @Test
    void deallocateReachesProtocolStatements() throws Exception {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk&prepareThreshold=1");
                Statement s = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 + ?")) {
                for (int i = 0; i < 3; i++) {
                    ps.setInt(1, i);
                    ps.executeQuery().close();
                }
                // pgjdbc named it S_1; DEALLOCATE ALL drops it, and pgjdbc re-prepares after the error
                s.execute("DEALLOCATE ALL");
                ps.setInt(1, 41);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(42, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void cursors() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            error(s, "DECLARE c CURSOR FOR SELECT 1", "25P01");
            c.setAutoCommit(false);
            s.execute("DECLARE c SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g");
            assertEquals(List.of("1", "2"), rows(s, "FETCH 2 FROM c"));
            assertEquals(List.of("3"), rows(s, "FETCH NEXT c"));
            assertEquals(List.of("2"), rows(s, "FETCH PRIOR c"));
            assertEquals(List.of("5"), rows(s, "FETCH LAST c"));
            assertEquals(List.of(), rows(s, "FETCH c"));
            assertEquals(List.of("5", "4"), rows(s, "FETCH BACKWARD 2 c"));
            assertEquals(List.of("2"), rows(s, "FETCH ABSOLUTE 2 c"));
            assertEquals(List.of("4"), rows(s, "FETCH ABSOLUTE -2 c"));
            assertEquals(List.of("3"), rows(s, "FETCH RELATIVE -1 c"));
            assertEquals(List.of("3"), rows(s, "FETCH RELATIVE 0 c"));
            assertEquals(List.of("4", "5"), rows(s, "FETCH ALL IN c"));
            s.execute("MOVE ABSOLUTE 0 IN c");
            assertEquals(List.of("1"), rows(s, "FETCH c"));
            error(s, "DECLARE c CURSOR FOR SELECT 1", "42P03");
            c.rollback();
            s.execute("DECLARE n NO SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g");
            assertEquals(List.of("1", "2"), rows(s, "FETCH FORWARD 2 n"));
            SQLException e = error(s, "FETCH PRIOR n", "55000");
            assertTrue(e.getMessage().contains("cursor can only scan forward"));
            c.rollback();
            error(s, "FETCH n", "34000");
            c.rollback();
            s.execute("DECLARE h CURSOR WITH HOLD FOR SELECT g FROM generate_series(1, 3) g");
            c.commit();
            assertEquals(List.of("1"), rows(s, "FETCH h"));
            s.execute("CLOSE h");
            error(s, "CLOSE h", "34000");
            c.rollback();
            s.execute("DECLARE a CURSOR FOR SELECT 1");
            s.execute("CLOSE ALL");
            error(s, "FETCH a", "34000");
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void explain() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ex (a int PRIMARY KEY, b text)");
            List<String> plan = rows(s, "EXPLAIN SELECT b FROM ex WHERE a = 1");
            assertTrue(String.join("\n", plan).contains("ex"), plan.toString());
            try (ResultSet rs = s.executeQuery("EXPLAIN SELECT 1")) {
                assertEquals("QUERY PLAN", rs.getMetaData().getColumnName(1));
            }
            plan = rows(s, "EXPLAIN ANALYZE INSERT INTO ex VALUES (1, 'x'), (2, 'y')");
            assertTrue(plan.get(0).startsWith("Insert on ex"), plan.toString());
            assertTrue(plan.get(plan.size() - 1).startsWith("Execution Time: "), plan.toString());
            assertEquals(List.of("2"), rows(s, "SELECT count(*) FROM ex"));
            plan = rows(s, "EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM ex");
            assertTrue(plan.get(0).endsWith("(actual rows=2)"), plan.toString());
            error(s, "EXPLAIN (FORMAT JSON) SELECT 1", "0A000");
            error(s, "EXPLAIN (BOGUS) SELECT 1", "42601");
            error(s, "EXPLAIN SELECT * FROM nope", "42P01");
        }
    }

    @Test
    void listenNotifyAreTransactional() throws Exception {
        try (Connection listener = connect();
                Connection sender = connect();
                Statement l = listener.createStatement();
                Statement n = sender.createStatement()) {
            l.execute("LISTEN ch");
            n.execute("NOTIFY ch, 'one'");
            sender.setAutoCommit(false);
            n.execute("NOTIFY ch, 'two'");
            n.execute("NOTIFY ch, 'two'");
            n.execute("SELECT pg_notify('ch', 'three')");
            assertEquals(List.of("one"), payloads(listener));
            sender.commit();
            n.execute("NOTIFY ch, 'dropped'");
            sender.rollback();
            sender.setAutoCommit(true);
            assertEquals(List.of("two", "three"), payloads(listener));
            error(n, "NOTIFY ch, '" + "x".repeat(8000) + "'", "22023");
            error(n, "SELECT pg_notify('', 'x')", "22023");
            l.execute("UNLISTEN *");
            n.execute("NOTIFY ch, 'unheard'");
            assertEquals(List.of(), payloads(listener));
        }
    }

    /** The notifications the connection received so far (a round trip first, so that they have arrived). */
    private static List<String> payloads(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            PGNotification[] ns = c.unwrap(PGConnection.class).getNotifications(200);
            if (ns != null) {
                for (PGNotification n : ns) {
                    out.add(n.getParameter());
                }
            }
        }
        return out;
    }
}

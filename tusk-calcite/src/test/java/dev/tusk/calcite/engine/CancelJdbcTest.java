package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * statement_timeout and Statement.cancel stop Calcite queries that would otherwise run for minutes: a cross join
 * aggregated in one operator, a big scan, and a sort, each without returning rows to the client on the way.
 */
@Timeout(120)
class CancelJdbcTest {
    private static final String CROSS_JOIN =
            "SELECT count(*) FROM generate_series(1, 200000) a, generate_series(1, 200000) b";

    private static PgServer server;

    @BeforeAll
    static void start() {
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(new CalciteEngine())
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

    @Test
    void statementTimeoutStopsACrossJoin() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = '300ms'");
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(CROSS_JOIN));
            assertEquals("57014", e.getSQLState());
            assertEquals("ERROR: canceling statement due to statement timeout", e.getMessage());
            s.execute("RESET statement_timeout");
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void cancelStopsACrossJoinAndABigScanInsideATransaction() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            timer.schedule(() -> cancel(s), 300, TimeUnit.MILLISECONDS);
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(CROSS_JOIN));
            assertEquals("57014", e.getSQLState());
            assertEquals("ERROR: canceling statement due to user request", e.getMessage());

            s.execute("CREATE TABLE cancel_big (a int)");
            s.execute("INSERT INTO cancel_big SELECT g FROM generate_series(1, 2000) g");
            c.setAutoCommit(false);
            s.execute("SELECT 1");
            timer.schedule(() -> cancel(s), 300, TimeUnit.MILLISECONDS);
            e = assertThrows(
                    SQLException.class,
                    () -> s.executeQuery("SELECT max(x.a + y.a + z.a) FROM cancel_big x, cancel_big y, cancel_big z"));
            assertEquals("57014", e.getSQLState());
            SQLException failed = assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"));
            assertEquals("25P02", failed.getSQLState());
            c.rollback();
            c.setAutoCommit(true);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM cancel_big")) {
                rs.next();
                assertEquals(2000, rs.getInt(1));
            }
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void timeoutStopsASortAndADelete() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = '300ms'");
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> s.executeQuery("SELECT g FROM generate_series(1, 2000000000) g ORDER BY g DESC LIMIT 1"));
            assertEquals("57014", e.getSQLState());
            s.execute("RESET statement_timeout");
            s.execute("CREATE TABLE cancel_del (a int)");
            s.execute("INSERT INTO cancel_del SELECT g FROM generate_series(1, 3000) g");
            s.execute("SET statement_timeout = '300ms'");
            e = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "DELETE FROM cancel_del WHERE a IN (SELECT x.a FROM cancel_del x, cancel_del y, cancel_del z"
                                    + " WHERE x.a + y.a + z.a < 0)"));
            assertEquals("57014", e.getSQLState());
            assertEquals("ERROR: canceling statement due to statement timeout", e.getMessage());
            s.execute("RESET statement_timeout");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM cancel_del")) {
                rs.next();
                assertEquals(3000, rs.getInt(1));
            }
        }
    }

    private static void cancel(Statement s) {
        try {
            s.cancel();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.PgServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** pgjdbc against the Calcite engine served by tusk-server in this JVM. */
class CalciteEngineJdbcTest {
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

    private static Connection connect(String mode) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk&preferQueryMode=" + mode);
    }

    @Test
    void simpleAndExtendedQueries() throws Exception {
        for (String mode : new String[] {"simple", "extended"}) {
            try (Connection c = connect(mode);
                    Statement s = c.createStatement()) {
                try (ResultSet rs =
                        s.executeQuery("SELECT 1 AS one, 'héllo' || '!' AS greeting, 2.50::numeric(5,2) AS price")) {
                    rs.next();
                    assertEquals(1, rs.getInt("one"));
                    assertEquals("héllo!", rs.getString("greeting"));
                    assertEquals(new BigDecimal("2.50"), rs.getBigDecimal("price"));
                    assertEquals("int4", rs.getMetaData().getColumnTypeName(1));
                    assertEquals("text", rs.getMetaData().getColumnTypeName(2));
                    assertEquals("numeric", rs.getMetaData().getColumnTypeName(3));
                }
                try (ResultSet rs = s.executeQuery("SELECT upper('abc'), 7 / 2, 1 + 2 * 3")) {
                    rs.next();
                    assertEquals("upper", rs.getMetaData().getColumnName(1));
                    assertEquals("ABC", rs.getString(1));
                    assertEquals(3, rs.getInt(2));
                    assertEquals("?column?", rs.getMetaData().getColumnName(3));
                    assertEquals(7, rs.getInt(3));
                }
            }
        }
    }

    @Test
    void unconstrainedNumericKeepsItsDigits() throws Exception {
        try (Connection c = connect("simple");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT '1.50'::numeric, '1.5'::numeric * 2, CAST(7 AS numeric), 2.5::float8::numeric")) {
            rs.next();
            assertEquals("1.50", rs.getString(1));
            assertEquals("3.0", rs.getString(2));
            assertEquals("7", rs.getString(3));
            assertEquals("2.5", rs.getString(4));
            assertEquals("numeric", rs.getMetaData().getColumnTypeName(1));
        }
    }

    @Test
    void parametersAreTypedFromTheirUse() throws Exception {
        try (Connection c = connect("extended");
                PreparedStatement ps = c.prepareStatement("SELECT ? + 1, upper(?), ?::int8 * 2")) {
            ps.setInt(1, 41);
            ps.setString(2, "x");
            ps.setLong(3, 21);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(42, rs.getInt(1));
                assertEquals("X", rs.getString(2));
                assertEquals(42L, rs.getLong(3));
            }
            assertEquals("int4", ps.getParameterMetaData().getParameterTypeName(1));
            // pgjdbc declares setString parameters as varchar, and declared types win
            assertEquals("varchar", ps.getParameterMetaData().getParameterTypeName(2));
            assertEquals("int8", ps.getParameterMetaData().getParameterTypeName(3));
        }
    }

    @Test
    void valuesAndSetOperations() throws Exception {
        try (Connection c = connect("extended");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT x, y FROM (VALUES (1, 'a'), (2, 'b')) AS v(x, y) ORDER BY x DESC")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals("b", rs.getString(2));
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void errorsHavePostgresSqlStates() throws Exception {
        try (Connection c = connect("extended");
                Statement s = c.createStatement()) {
            assertEquals(
                    "42601",
                    assertThrows(SQLException.class, () -> s.executeQuery("SELEC 1"))
                            .getSQLState());
            assertEquals(
                    "42P01",
                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM nosuch"))
                            .getSQLState());
            assertEquals(
                    "42703",
                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT nosuch FROM (VALUES (1)) v(a)"))
                            .getSQLState());
            assertEquals(
                    "42883",
                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT nosuch(1)"))
                            .getSQLState());
            assertEquals(
                    "22012",
                    assertThrows(SQLException.class, () -> {
                                try (ResultSet rs = s.executeQuery("SELECT 1 / x FROM (VALUES (0)) v(x)")) {
                                    rs.next();
                                }
                            })
                            .getSQLState());
            assertEquals(
                    "0A000",
                    assertThrows(SQLException.class, () -> s.execute("CREATE TABLE t AS SELECT 1"))
                            .getSQLState());
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void sessionFunctions() throws Exception {
        try (Connection c = connect("extended");
                Statement s = c.createStatement()) {
            s.execute("SET application_name = 'fn-test'");
            try (ResultSet rs = s.executeQuery(
                    "SELECT version(), current_database(), current_setting('application_name'), pg_backend_pid() > 0,"
                            + " current_user, set_config('application_name', 'other', false)")) {
                rs.next();
                assertEquals(true, rs.getString(1).startsWith("PostgreSQL 15"));
                assertEquals("tusk", rs.getString(2));
                assertEquals("fn-test", rs.getString(3));
                assertEquals(true, rs.getBoolean(4));
                assertEquals("tusk", rs.getString(5));
                assertEquals("other", rs.getString(6));
                assertEquals("version", rs.getMetaData().getColumnName(1));
            }
            assertEquals(
                    "42704",
                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT current_setting('no.such')")
                                    .close())
                            .getSQLState());
        }
    }

    @Test
    void setAndShow() throws Exception {
        try (Connection c = connect("simple");
                Statement s = c.createStatement()) {
            s.execute("SET application_name = 'calcite-test'");
            try (ResultSet rs = s.executeQuery("SHOW application_name")) {
                rs.next();
                assertEquals("calcite-test", rs.getString(1));
            }
            c.setAutoCommit(false);
            s.executeQuery("SELECT 1").close();
            c.commit();
        }
    }
}

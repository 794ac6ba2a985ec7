package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyManager;

/** pgjdbc in-process against every target: query modes, binary transfer, cursors, cancel, COPY and SCRAM. */
class PgJdbcTest {

    private static final String NON_ASCII = "gr\u00fcn \u00e7ay \u0131\u0130";
    private static final String CSV_IN = "5,\"comma, name\",1,2.5\n6,\"quote \"\"q\"\"\",2,3.5\n7,,3,4.5\n";
    private static final int COPY_ROWS = 2000;

    private static Connection connect(ServerTarget target, String... settings) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        props.setProperty("password", target.password());
        props.setProperty("sslmode", "disable");
        props.setProperty("connectTimeout", "20");
        for (int i = 0; i < settings.length; i += 2) {
            props.setProperty(settings[i], settings[i + 1]);
        }
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }

    @ParameterizedTest(name = "simple query mode on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void simpleQueryMode(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target, "preferQueryMode", "simple")) {
            conversation(c);
        }
    }

    @ParameterizedTest(name = "extended query mode on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void extendedQueryMode(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target, "preferQueryMode", "extended")) {
            conversation(c);
        }
    }

    @ParameterizedTest(name = "binary transfer on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void binaryTransfer(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target, "prepareThreshold", "-1", "binaryTransfer", "true")) {
            conversation(c);
        }
    }

    @ParameterizedTest(name = "prepared statement reuse past the threshold on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void preparedStatementReuse(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target, "prepareThreshold", "5")) {
            createAndSeed(c);
            try (PreparedStatement ps = c.prepareStatement(Statements.jdbc("select_item"))) {
                for (int i = 0; i < 10; i++) {
                    long id = 1 + (i % 3);
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), "row for id " + id + " in execution " + i);
                        assertEquals(id, rs.getLong(1));
                        assertFalse(rs.next());
                    }
                }
                assertTrue(
                        ps.unwrap(PGStatement.class).isUseServerPrepare(),
                        "after 10 executions with prepareThreshold=5 pgjdbc uses a named server statement");
            }
        }
    }

    @ParameterizedTest(name = "setFetchSize cursor over 2000 rows on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void fetchSizeCursor(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target)) {
            createAndSeed(c);
            copyInRows(c);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(Statements.jdbc("select_all"))) {
                ps.setFetchSize(100);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                assertEquals(COPY_ROWS, ids.size());
                for (int i = 0; i < COPY_ROWS; i++) {
                    assertEquals(i + 1L, ids.get(i));
                }
            }
            c.commit();
        }
    }

    @ParameterizedTest(name = "Statement.cancel on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void cancel(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target);
                Statement s = c.createStatement()) {
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
                try {
                    s.execute(target.longRunningStatement());
                } catch (SQLException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            // pgjdbc ignores cancel() while the statement is idle, so keep asking until it ends; bounded.
            for (int i = 0; i < 600 && !running.isDone(); i++) {
                s.cancel();
                try {
                    running.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // still running, or ended (checked below)
                }
            }
            ExecutionException failure =
                    assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
            Throwable cause = failure.getCause();
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            assertTrue(cause instanceof SQLException, () -> "expected an SQLException, got " + failure);
            SQLException e = (SQLException) cause;
            assertEquals("57014", e.getSQLState(), "query_canceled: " + e.getMessage());
            try (ResultSet rs = s.executeQuery(Statements.get("select_one"))) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @ParameterizedTest(name = "CopyManager copyIn and copyOut on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void copyManager(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open();
                Connection c = connect(target)) {
            createAndSeed(c);
            String data = copyInRows(c);
            assertEquals(sortedLines(data), sortedLines(copyOut(c, "copy_out_text")));
            execute(c, "delete_all");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long n = copy.copyIn(
                    Statements.get("copy_in_csv"), new ByteArrayInputStream(CSV_IN.getBytes(StandardCharsets.UTF_8)));
            assertEquals(3, n);
            assertEquals(sortedLines(CSV_IN), sortedLines(copyOut(c, "copy_out_csv")));
            try (PreparedStatement ps = c.prepareStatement(Statements.jdbc("select_item"))) {
                ps.setLong(1, 7);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertNull(rs.getString(2));
                }
            }
        }
    }

    @ParameterizedTest(name = "password login, and a wrong password fails with 28P01, on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void scramLogin(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open()) {
            try (Connection c = connect(target);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(Statements.get("select_one"))) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            Properties wrong = new Properties();
            wrong.setProperty("user", target.user());
            wrong.setProperty("password", target.password() + "-wrong");
            wrong.setProperty("sslmode", "disable");
            SQLException e =
                    assertThrows(SQLException.class, () -> DriverManager.getConnection(target.jdbcUrl(), wrong));
            assertEquals("28P01", e.getSQLState(), "invalid_password: " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "TLS with sslmode=verify-full on {0}")
    @MethodSource("dev.tusk.it.Targets#all")
    void tls(Targets.Factory factory) throws Exception {
        try (ServerTarget target = factory.open()) {
            Assumptions.assumeTrue(target.sslRootCert().isPresent(), "this target has no TLS");
            try (Connection c = connect(
                            target,
                            "sslmode",
                            "verify-full",
                            "sslrootcert",
                            target.sslRootCert().get().toString());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(Statements.get("select_one"))) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    /** The conversation every client program runs, here through JDBC. */
    private static void conversation(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(Statements.get("select_one"))) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertFalse(rs.next());
            }
            try (ResultSet rs = s.executeQuery(Statements.get("select_literals"))) {
                assertEquals("a", rs.getMetaData().getColumnLabel(1));
                assertEquals("b", rs.getMetaData().getColumnLabel(2));
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals("x", rs.getString(2));
            }
        }
        createAndSeed(c);
        assertEquals(List.of(Arrays.asList(3L, NON_ASCII, 7, -2.5)), selectItem(c, 3));

        execute(c, "begin");
        insert(c, 4, "tx", 1, 1.0);
        execute(c, "rollback");
        assertEquals(List.of(), selectItem(c, 4));
        execute(c, "begin");
        insert(c, 4, "tx", 1, 1.0);
        execute(c, "commit");
        assertEquals(List.of(Arrays.asList(4L, "tx", 1, 1.0)), selectItem(c, 4));
        try (PreparedStatement ps = c.prepareStatement(Statements.jdbc("delete_item"))) {
            ps.setLong(1, 4);
            assertEquals(1, ps.executeUpdate());
        }

        try (Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(Statements.get("select_missing")));
            assertEquals("42P01", e.getSQLState(), e.getMessage());
            try (ResultSet rs = s.executeQuery(Statements.get("select_one"))) {
                assertTrue(rs.next(), "connection usable after error");
            }
        }

        execute(c, "delete_all");
        String data = copyInRows(c);
        List<List<Object>> all = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(Statements.get("select_all"))) {
            while (rs.next()) {
                all.add(Arrays.asList(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)));
            }
        }
        assertEquals(COPY_ROWS, all.size());
        assertEquals(Arrays.asList(1L, "item-1", 1, 1.25), all.get(0));
        assertEquals(Arrays.asList(2000L, "item-2000", 0, 2000.25), all.get(COPY_ROWS - 1));
        assertEquals(sortedLines(data), sortedLines(copyOut(c, "copy_out_text")));
    }

    private static void createAndSeed(Connection c) throws SQLException {
        execute(c, "create_items");
        insert(c, 1, "apple", 3, 1.5);
        insert(c, 2, "pear", 0, 0.25);
        insert(c, 3, NON_ASCII, 7, -2.5);
    }

    private static void execute(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(Statements.get(name));
        }
    }

    private static void insert(Connection c, long id, String name, int qty, double price) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Statements.jdbc("insert_item"))) {
            ps.setLong(1, id);
            ps.setString(2, name);
            ps.setInt(3, qty);
            ps.setDouble(4, price);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static List<List<Object>> selectItem(Connection c, long id) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Statements.jdbc("select_item"))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Arrays.asList(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)));
                }
            }
        }
        return rows;
    }

    /** Deletes all rows, copies in 2000 rows in text format and returns the text sent. */
    private static String copyInRows(Connection c) throws Exception {
        execute(c, "delete_all");
        StringBuilder data = new StringBuilder();
        for (int i = 1; i <= COPY_ROWS; i++) {
            data.append(i)
                    .append("\titem-")
                    .append(i)
                    .append('\t')
                    .append(i % 100)
                    .append('\t')
                    .append(i)
                    .append(".25\n");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long n = copy.copyIn(
                Statements.get("copy_in_text"),
                new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(COPY_ROWS, n);
        return data.toString();
    }

    private static String copyOut(Connection c, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut(Statements.get(name), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> sortedLines(String text) {
        return text.lines().filter(l -> !l.isEmpty()).sorted().toList();
    }
}

package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PGobject;

/**
 * pgjdbc as JDBC users use it (PreparedStatement with typed setters, getGeneratedKeys, setAutoCommit(false),
 * Savepoint, addBatch, SQLState of SQLException), on typed tables, against PostgreSQL 15 and Tusk on Calcite, in
 * the extended protocol (server-prepared after pgjdbc's threshold) and in simple query mode. Checks are judged like
 * the other client workloads' ({@link ClientChecks}, known failures in {@code src/test/clients/known-failures.txt}).
 */
class PgJdbcCrudTest {

    private static final String NON_ASCII = "gr\u00fcn \u00e7ay \u0131\u0130";
    private static final OffsetDateTime TS = OffsetDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000, ZoneOffset.UTC);
    private static final UUID U = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    private static final byte[] BIN = HexFormat.of().parseHex("deadbeef00");
    private static final List<String> DDL = List.of(
            "CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text)",
            "CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id int, i int,"
                    + " b bigint, n numeric(12,2), t text, flag boolean, d date, ts timestamptz, u uuid, bin bytea,"
                    + " j json, jb jsonb, ia int[], ta text[])");

    @ParameterizedTest(name = "pgjdbc (extended protocol) on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void extended(Targets.Factory factory) {
        run(factory, "pgjdbc", "prepareThreshold", "2");
    }

    @ParameterizedTest(name = "pgjdbc (preferQueryMode=simple) on {0}")
    @MethodSource("dev.tusk.it.Targets#sqlEngines")
    void simple(Targets.Factory factory) {
        run(factory, "pgjdbc-simple", "preferQueryMode", "simple");
    }

    private static void run(Targets.Factory factory, String client, String... settings) {
        try (ServerTarget target = factory.open()) {
            Checks checks = new Checks();
            Properties props = new Properties();
            props.setProperty("user", target.user());
            props.setProperty("password", target.password());
            props.setProperty("sslmode", "disable");
            props.setProperty("connectTimeout", "20");
            for (int i = 0; i < settings.length; i += 2) {
                props.setProperty(settings[i], settings[i + 1]);
            }
            try (Connection c = DriverManager.getConnection(target.jdbcUrl(), props)) {
                checks.ok("connect with pgjdbc " + c.getMetaData().getDriverVersion());
                workload(c, checks);
            } catch (SQLException e) {
                checks.fail("connect", e);
            }
            String out = checks.out + "done: " + checks.failures + " checks failed\n";
            System.out.print(out);
            ClientChecks.judge(
                    factory.name(),
                    client,
                    new Clients.Result(List.of("pgjdbc", client), checks.failures == 0 ? 0 : 1, out, "", false));
        }
    }

    /** Collects ok/FAIL lines as the client programs print them. */
    private static final class Checks {
        final StringBuilder out = new StringBuilder();
        int failures;

        void ok(String check) {
            out.append("ok ").append(check).append('\n');
        }

        void fail(String check, String message) {
            failures++;
            out.append("FAIL ")
                    .append(check)
                    .append(": ")
                    .append(message.replace('\n', ' '))
                    .append('\n');
        }

        void fail(String check, SQLException e) {
            fail(check, "[" + e.getSQLState() + "] " + e.getMessage());
        }

        void expect(String check, Object actual, Object expected) {
            if (Objects.deepEquals(actual, expected)) {
                ok(check);
            } else {
                fail(check, "expected " + show(expected) + ", got " + show(actual));
            }
        }

        private static String show(Object o) {
            return o instanceof byte[] b ? "\\x" + HexFormat.of().formatHex(b) : Arrays.deepToString(new Object[] {o});
        }

        /** Runs one check; an SQLException fails it and the workload goes on. */
        void step(String check, Sql body) {
            try {
                body.run();
            } catch (SQLException e) {
                fail(check, e);
            } catch (RuntimeException e) {
                fail(check, e.toString());
            }
        }

        void expectState(String check, Sql body, String state) {
            try {
                body.run();
                fail(check, "no error raised");
            } catch (SQLException e) {
                expect(check, e.getSQLState(), state);
            }
        }
    }

    /** A JDBC action. */
    private interface Sql {
        void run() throws SQLException;
    }

    private static PGobject json(String type, String value) throws SQLException {
        PGobject o = new PGobject();
        o.setType(type);
        o.setValue(value);
        return o;
    }

    private static void workload(Connection c, Checks k) throws SQLException {
        k.step(
                "server version",
                () -> k.expect("server version", c.getMetaData().getDatabaseMajorVersion(), 15));
        k.step("create tables", () -> {
            try (Statement s = c.createStatement()) {
                for (String d : DDL) {
                    s.execute(d);
                }
            }
            k.ok("create tables");
        });
        k.step("insert customers", () -> {
            List<Integer> ids = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO customers (email, name) VALUES (?, ?)", new String[] {"id"})) {
                for (String[] row : new String[][] {{"ann@example.com", "Ann"}, {"bob@example.com", NON_ASCII}}) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getInt(1));
                    }
                }
            }
            k.expect("serial ids from getGeneratedKeys", ids, List.of(1, 2));
        });
        k.step("insert typed row", () -> {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO things (customer_id, i, b, n, t, flag, d, ts, u, bin)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setInt(1, 1);
                ps.setInt(2, 42);
                ps.setLong(3, 9_000_000_000L);
                ps.setBigDecimal(4, new BigDecimal("12.34"));
                ps.setString(5, NON_ASCII);
                ps.setBoolean(6, true);
                ps.setObject(7, LocalDate.of(2024, 2, 29));
                ps.setObject(8, TS);
                ps.setObject(9, U);
                ps.setBytes(10, BIN);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    k.expect("identity id from RETURNING", rs.getLong(1), 1L);
                }
            }
        });
        Object[][] extras = {
            {"j", json("json", "{\"a\": [1, 2], \"s\": \"x\"}")},
            // jsonb as a string of unspecified type: PGobject("jsonb") makes pgjdbc look jsonb up in pg_type
            {"jb", "{\"b\": {\"c\": null}, \"n\": 1}"},
            {"ia", c.createArrayOf("int4", new Integer[] {1, 2, null})},
            {"ta", c.createArrayOf("text", new String[] {"x", "y z", null})},
        };
        for (Object[] e : extras) {
            String col = (String) e[0];
            k.step("UPDATE SET " + col + " = parameter", () -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE things SET " + col + " = ? WHERE id = ?")) {
                    if (e[1] instanceof String text) {
                        ps.setObject(1, text, Types.OTHER);
                    } else {
                        ps.setObject(1, e[1]);
                    }
                    ps.setLong(2, 1);
                    k.expect("UPDATE SET " + col + " = parameter", ps.executeUpdate(), 1);
                }
            });
        }
        k.step("read back typed row", () -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT i, b, n, t, flag, d, ts, u, bin, j, jb, ia, ta FROM things WHERE id = ?")) {
                ps.setLong(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    k.expect("read back i", rs.getInt("i"), 42);
                    k.expect("read back b", rs.getLong("b"), 9_000_000_000L);
                    k.expect("read back n", rs.getBigDecimal("n"), new BigDecimal("12.34"));
                    k.expect("read back t", rs.getString("t"), NON_ASCII);
                    k.expect("read back flag", rs.getBoolean("flag"), true);
                    k.expect("read back d", rs.getObject("d", LocalDate.class), LocalDate.of(2024, 2, 29));
                    k.expect(
                            "read back ts",
                            rs.getObject("ts", OffsetDateTime.class).toInstant(),
                            TS.toInstant());
                    k.expect("read back u", rs.getObject("u"), U);
                    k.expect("read back bin", rs.getBytes("bin"), BIN);
                    k.expect("read back j", rs.getString("j"), "{\"a\": [1, 2], \"s\": \"x\"}");
                    k.expect("read back jb", rs.getString("jb"), "{\"b\": {\"c\": null}, \"n\": 1}");
                    Array ia = rs.getArray("ia");
                    k.expect("read back ia", ia == null ? null : ia.getArray(), new Integer[] {1, 2, null});
                    Array ta = rs.getArray("ta");
                    k.expect("read back ta", ta == null ? null : ta.getArray(), new String[] {"x", "y z", null});
                }
            }
        });
        k.step("column type names", () -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT i, n, ts, u, j, jb, ia FROM things WHERE id = 1")) {
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    names.add(rs.getMetaData().getColumnTypeName(i));
                }
                k.expect(
                        "column type names",
                        names,
                        List.of("int4", "numeric", "timestamptz", "uuid", "json", "jsonb", "_int4"));
            }
        });
        k.step("PGobject jsonb parameter", () -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM things WHERE jb = ?")) {
                ps.setObject(1, json("jsonb", "{\"b\": {\"c\": null}, \"n\": 1}"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    k.expect("PGobject jsonb parameter", rs.getLong(1), 1L);
                }
            }
        });
        Object[][] wheres = {
            {"i", 42},
            {"b", 9_000_000_000L},
            {"n", new BigDecimal("12.34")},
            {"t", NON_ASCII},
            {"flag", true},
            {"d", LocalDate.of(2024, 2, 29)},
            {"ts", TS},
            {"u", U},
            {"bin", BIN},
            {"jb", extras[1][1]},
            {"ia", extras[2][1]},
            {"ta", extras[3][1]},
        };
        for (Object[] w : wheres) {
            String col = (String) w[0];
            k.step("WHERE " + col + " = parameter", () -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM things WHERE " + col + " = ?")) {
                    // run past prepareThreshold, so that the server-prepared statement is used too
                    long n = -1;
                    for (int run = 0; run < 3; run++) {
                        if (w[1] instanceof String text && col.equals("jb")) {
                            ps.setObject(1, text, Types.OTHER);
                        } else {
                            ps.setObject(1, w[1]);
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            n = rs.getLong(1);
                        }
                    }
                    k.expect("WHERE " + col + " = parameter", n, 1L);
                }
            });
        }
        k.step("NULLs", () -> {
            long id;
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO things (i, b, n, t, flag, d, ts, u, bin, j, jb, ia, ta)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                int[] types = {
                    Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.VARCHAR, Types.BOOLEAN, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.OTHER, Types.BINARY, Types.OTHER, Types.OTHER, Types.ARRAY,
                    Types.ARRAY
                };
                for (int i = 0; i < types.length; i++) {
                    ps.setNull(i + 1, types[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM things WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<Object> values = new ArrayList<>();
                    for (int i = 3; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(rs.getObject(i));
                    }
                    k.expect("NULLs read back as null", values, Arrays.asList(new Object[13]));
                }
            }
        });
        k.step("UPDATE", () -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE things SET t = ?, n = n + ? WHERE id = ?")) {
                ps.setString(1, "updated");
                ps.setBigDecimal(2, new BigDecimal("0.66"));
                ps.setLong(3, 1);
                k.expect("UPDATE count", ps.executeUpdate(), 1);
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT t, n FROM things WHERE id = 1")) {
                rs.next();
                k.expect(
                        "UPDATE visible",
                        List.of(rs.getString(1), rs.getBigDecimal(2)),
                        List.of("updated", new BigDecimal("13.00")));
            }
        });
        k.step("rollback", () -> {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (email) VALUES (?)")) {
                ps.setString(1, "gone@example.com");
                ps.executeUpdate();
            }
            c.rollback();
            c.setAutoCommit(true);
            k.expect("rollback() discards the insert", count(c, "SELECT count(*) FROM customers"), 2L);
        });
        k.step("savepoint", () -> {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (email) VALUES (?)")) {
                ps.setString(1, "kept@example.com");
                ps.executeUpdate();
                Savepoint sp = c.setSavepoint("sp1");
                ps.setString(1, "undone@example.com");
                ps.executeUpdate();
                c.rollback(sp);
                c.releaseSavepoint(sp);
            }
            c.commit();
            c.setAutoCommit(true);
            k.expect(
                    "savepoint rolled back only the second insert",
                    count(c, "SELECT count(*) FROM customers WHERE id > 2"),
                    1L);
        });
        k.step("unique violation", () -> {
            c.setAutoCommit(false);
            k.expectState(
                    "unique violation SQLSTATE",
                    () -> {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (email) VALUES (?)")) {
                            ps.setString(1, "ann@example.com");
                            ps.executeUpdate();
                        }
                    },
                    "23505");
            k.expectState("statement in aborted transaction SQLSTATE", () -> count(c, "SELECT 1"), "25P02");
            c.rollback();
            c.setAutoCommit(true);
            k.expect("connection usable after rollback", count(c, "SELECT count(*) FROM customers"), 3L);
        });
        k.step("undefined table", () -> {
            k.expectState("undefined table SQLSTATE", () -> count(c, "SELECT count(*) FROM no_such_table"), "42P01");
            k.expect("connection usable after error", count(c, "SELECT 1"), 1L);
        });
        k.step("batch", () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (email, name) VALUES (?, ?)")) {
                for (int i = 0; i < 5; i++) {
                    ps.setString(1, "b" + i + "@example.com");
                    ps.setString(2, "batch");
                    ps.addBatch();
                }
                k.expect("executeBatch update counts", ps.executeBatch(), new int[] {1, 1, 1, 1, 1});
            }
        });
        k.step("DELETE", () -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM things WHERE id = ?")) {
                ps.setLong(1, 1);
                k.expect("DELETE count", ps.executeUpdate(), 1);
            }
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

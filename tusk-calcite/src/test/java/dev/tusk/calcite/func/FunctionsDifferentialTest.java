package dev.tusk.calcite.func;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tusk.calcite.engine.CalciteEngine;
import dev.tusk.server.PgServer;
import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import dev.tusk.types.TypeRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the same SELECTs on PostgreSQL 15 and on the Calcite engine (tusk-server in this JVM) over pgjdbc's simple
 * query protocol, and compares each answer: the result columns' names and types and every value as text, or the
 * error's SQLSTATE, message and hint.
 *
 * <p>The corpus lives in {@code corpus/*.sql} next to this class: one query per line, {@code #} starts a comment,
 * and a line {@code ! reason} marks the next query as a known difference. A known difference that starts to match
 * fails the test too, so the list stays true. PostgreSQL runs in a database with byte-order collation and a
 * UTF-8 character classification (C.UTF-8), as case mapping of non-ASCII text needs.
 */
class FunctionsDifferentialTest {
    private static PostgresInstance pg;
    private static PgServer server;
    private static Connection postgres;
    private static Connection tusk;
    /** Queries, calls, matching queries, matching calls and known differences over all files. */
    private static final int[] TOTALS = new int[5];

    @BeforeAll
    static void start() throws SQLException {
        Clients.assumeAvailable(Clients.postgresServer());
        pg = PostgresInstance.start(PostgresInstance.Options.defaults().withTls(false));
        try (Connection admin = DriverManager.getConnection(pg.jdbcUrl(), pgProperties());
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE fn TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
        }
        postgres = DriverManager.getConnection(pg.jdbcUrl("fn"), pgProperties());
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(new CalciteEngine())
                .build()
                .start();
        tusk = connectTusk();
    }

    private static Properties pgProperties() {
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password());
        p.setProperty("sslmode", "disable");
        p.setProperty("preferQueryMode", "simple");
        return p;
    }

    private static Connection connectTusk() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "tusk");
        p.setProperty("preferQueryMode", "simple");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk", p);
    }

    @AfterAll
    static void stop() throws SQLException {
        System.out.println("all corpus files: " + TOTALS[0] + " queries (" + TOTALS[1] + " calls), " + TOTALS[2]
                + " queries (" + TOTALS[3] + " calls) match PostgreSQL 15, " + TOTALS[4] + " known differences");
        for (AutoCloseable c : new AutoCloseable[] {tusk, postgres}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing after the comparison is done
            }
        }
        if (server != null) {
            server.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "strings.sql",
                "regex.sql",
                "format.sql",
                "bytea.sql",
                "arrays.sql",
                "aggregates.sql",
                "srf.sql",
                "json.sql",
                "expressions.sql",
                "datetime-args.sql",
                "math.sql",
                "numeric.sql",
                "arithmetic.sql",
                "operators.sql",
                "conditional.sql",
                "types.sql",
                "errors.sql"
            })
    void corpus(String file) throws Exception {
        List<Case> cases = read(file);
        List<String> problems = new ArrayList<>();
        int matched = 0;
        int known = 0;
        int calls = 0;
        int matchedCalls = 0;
        for (Case c : cases) {
            Answer expected = run(postgres, c.sql());
            String actual = run(tuskConnection(), c.sql()).text();
            boolean same = expected.text().equals(actual);
            calls += expected.calls();
            if (same && c.knownDifference() == null) {
                matched++;
                matchedCalls += expected.calls();
            } else if (!same && c.knownDifference() != null) {
                known++;
            } else if (same) {
                problems.add("line " + c.line() + ": now matches PostgreSQL; remove its '!' line: " + c.sql());
            } else {
                problems.add("line " + c.line() + ": " + c.sql() + "\n    postgres: " + expected.text()
                        + "\n    tusk:     " + actual);
            }
        }
        String summary = file + ": " + cases.size() + " queries (" + calls + " calls), " + matched + " queries ("
                + matchedCalls + " calls) match PostgreSQL 15, " + known + " known differences";
        System.out.println(summary);
        synchronized (TOTALS) {
            TOTALS[0] += cases.size();
            TOTALS[1] += calls;
            TOTALS[2] += matched;
            TOTALS[3] += matchedCalls;
            TOTALS[4] += known;
        }
        if (!problems.isEmpty()) {
            fail(summary + ", " + problems.size() + " unexpected:\n" + String.join("\n", problems));
        }
        assertTrue(cases.size() > 0, file + " is empty");
    }

    private static Connection tuskConnection() throws SQLException {
        if (tusk.isClosed()) {
            tusk = connectTusk(); // a failure that closed the session is reported by the comparison
        }
        return tusk;
    }

    /** One query of the corpus. */
    private record Case(int line, String sql, String knownDifference) {}

    private static List<Case> read(String file) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = FunctionsDifferentialTest.class.getResourceAsStream("corpus/" + file)) {
            if (in == null) {
                throw new IOException("corpus/" + file + " is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            String known = null;
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("!")) {
                    known = l.substring(1).strip();
                    continue;
                }
                out.add(new Case(i + 1, l, known));
                known = null;
            }
        }
        return out;
    }

    /**
     * An answer as one line (columns with their types and the rows, or the error) and the number of calls the query
     * makes, counted as PostgreSQL's result columns (one for a query that fails).
     */
    record Answer(String text, int calls) {}

    /** Runs one query. */
    static Answer run(Connection c, String sql) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                sb.append(i > 1 ? ", " : "")
                        .append(md.getColumnLabel(i))
                        .append(' ')
                        .append(typeName(md, i));
            }
            while (rs.next()) {
                sb.append(" | ");
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String v = rs.getString(i);
                    sb.append(i > 1 ? ", " : "").append(v == null ? "NULL" : "'" + v + "'");
                }
            }
            return new Answer(sb.toString(), md.getColumnCount());
        } catch (SQLException e) {
            ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
            if (m == null) {
                return new Answer("ERROR " + e.getSQLState() + " " + e.getMessage(), 1);
            }
            return new Answer(
                    "ERROR " + m.getSQLState() + " " + m.getMessage()
                            + (m.getHint() == null ? "" : " HINT " + m.getHint()),
                    1);
        }
    }

    /** The column's type name from its OID, without asking the server's catalog (Tusk has none yet). */
    private static String typeName(ResultSetMetaData md, int column) throws SQLException {
        try {
            Method field = md.getClass().getDeclaredMethod("getField", int.class);
            field.setAccessible(true);
            int oid = ((org.postgresql.core.Field) field.invoke(md, column)).getOID();
            return TypeRegistry.builtins()
                    .byOid(oid)
                    .map(t -> t.typname())
                    .orElse("oid " + Integer.toUnsignedString(oid));
        } catch (ReflectiveOperationException e) {
            return md.getColumnTypeName(column);
        }
    }
}

package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;

/** COPY FROM STDIN and TO STDOUT through pgjdbc's CopyManager against the Calcite engine. */
class CopyJdbcTest {
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

    private static CopyManager copy(Connection c) throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI();
    }

    private static String out(Connection c, String sql) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        copy(c).copyOut(sql, b);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textCsvAndBinaryRoundTrip() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cp (id int PRIMARY KEY, name varchar(5), price numeric(6,2), note text)");
            long n = copy(c).copyIn("COPY cp FROM STDIN", new StringReader("1\tab\t1.5\t\\N\n2\tc\\td\t2\tx\n"));
            assertEquals(2, n);
            assertEquals(List.of("1|ab|1.50|null", "2|c\td|2.00|x"), rows(s, "SELECT * FROM cp ORDER BY id"));
            n = copy(c).copyIn(
                            "COPY cp (id, name) FROM STDIN WITH (FORMAT csv, HEADER true)",
                            new StringReader("id,name\n3,\"q,r\"\n4,\n"));
            assertEquals(2, n);
            assertEquals(List.of("3|q,r", "4|null"), rows(s, "SELECT id, name FROM cp WHERE id > 2 ORDER BY id"));
            assertEquals(
                    "1\tab\t1.50\t\\N\n2\tc\\td\t2.00\tx\n",
                    out(c, "COPY (SELECT * FROM cp WHERE id < 3 ORDER BY id) TO STDOUT"));
            assertEquals(
                    "id,name\n3,\"q,r\"\n4,\n",
                    out(c, "COPY (SELECT id, name FROM cp WHERE id > 2 ORDER BY id) TO STDOUT (FORMAT csv, HEADER)"));
            assertEquals(4, out(c, "COPY cp TO STDOUT").split("\n").length);
            assertEquals(
                    "3;q,r\n4;NULL\n",
                    out(
                            c,
                            "COPY (SELECT id, name FROM cp WHERE id > 2 ORDER BY id) TO STDOUT DELIMITER ';' NULL 'NULL'"));
            ByteArrayOutputStream bin = new ByteArrayOutputStream();
            copy(c).copyOut("COPY cp TO STDOUT (FORMAT binary)", bin);
            s.execute("CREATE TABLE cp2 (id int PRIMARY KEY, name varchar(5), price numeric(6,2), note text)");
            n = copy(c).copyIn(
                            "COPY cp2 FROM STDIN (FORMAT binary)", new java.io.ByteArrayInputStream(bin.toByteArray()));
            assertEquals(4, n);
            assertEquals(rows(s, "SELECT * FROM cp ORDER BY id"), rows(s, "SELECT * FROM cp2 ORDER BY id"));
        }
    }

    @Test
    void constraintsAbortTheWholeCopy() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cc (a int PRIMARY KEY, b text NOT NULL, c int CHECK (c > 0), d varchar(2))");
            PSQLException e = assertThrows(PSQLException.class, () -> copy(c).copyIn(
                            "COPY cc FROM STDIN", new StringReader("1\tx\t1\tab\n2\ty\tz\tab\n")));
            assertEquals("22P02", e.getSQLState());
            assertEquals(
                    "COPY cc, line 2, column c: \"z\"",
                    e.getServerErrorMessage().getWhere());
            e = assertThrows(PSQLException.class, () -> copy(c).copyIn(
                            "COPY cc FROM STDIN", new StringReader("1\tx\t1\tab\n1\ty\t2\tab\n")));
            assertEquals("23505", e.getSQLState());
            e = assertThrows(PSQLException.class, () -> copy(c).copyIn(
                            "COPY cc FROM STDIN", new StringReader("1\t\\N\t1\tab\n")));
            assertEquals("23502", e.getSQLState());
            e = assertThrows(PSQLException.class, () -> copy(c).copyIn(
                            "COPY cc FROM STDIN", new StringReader("1\tx\t-1\tab\n")));
            assertEquals("23514", e.getSQLState());
            e = assertThrows(PSQLException.class, () -> copy(c).copyIn(
                            "COPY cc FROM STDIN", new StringReader("1\tx\t1\tabc\n")));
            assertEquals("22001", e.getSQLState());
            assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM cc"));
        }
    }

    @Test
    void defaultsAndTransactions() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cd (id serial PRIMARY KEY, v text DEFAULT 'dflt', w int)");
            assertEquals(2, copy(c).copyIn("COPY cd (w) FROM STDIN", new StringReader("7\n8\n")));
            assertEquals(List.of("1|dflt|7", "2|dflt|8"), rows(s, "SELECT * FROM cd ORDER BY id"));
            c.setAutoCommit(false);
            copy(c).copyIn("COPY cd (w) FROM STDIN", new StringReader("9\n"));
            c.rollback();
            assertEquals(List.of("2"), rows(s, "SELECT count(*) FROM cd"));
            c.commit();
            c.setAutoCommit(true);
        }
    }

    @Test
    void freezeNeedsTruncateInTheSameTransaction() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cf (a int, b text)");
            PSQLException e = assertThrows(PSQLException.class, () -> copy(c).copyIn(
                            "COPY cf FROM STDIN WITH (FREEZE ON)", new StringReader("1\tx\n")));
            assertEquals("55000", e.getSQLState());
            assertEquals(
                    "cannot perform COPY FREEZE because the table was not created or truncated in the current"
                            + " subtransaction",
                    e.getServerErrorMessage().getMessage());
            c.setAutoCommit(false);
            s.execute("TRUNCATE cf");
            assertEquals(1, copy(c).copyIn("COPY cf FROM STDIN WITH (FREEZE ON)", new StringReader("1\tx\n")));
            c.commit();
            c.setAutoCommit(true);
            assertEquals(List.of("1|x"), rows(s, "SELECT * FROM cf"));
        }
    }

    @Test
    void optionErrorsAndServerFiles() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE co (a int, b text)");
            assertState(s, "COPY co TO STDOUT WITH (FORMAT xml)", "22023", "COPY format \"xml\" not recognized");
            assertState(s, "COPY co TO STDOUT WITH (bogus 1)", "42601", "option \"bogus\" not recognized");
            assertState(s, "COPY co (zz) TO STDOUT", "42703", "column \"zz\" of relation \"co\" does not exist");
            assertState(s, "COPY co FROM '/tmp/x'", "42501", null);
            assertState(
                    s,
                    "COPY co TO STDOUT (FORMAT csv, FORCE_NOT_NULL (a))",
                    "0A000",
                    "COPY force not null only available using COPY FROM");
            assertState(
                    s, "COPY co TO STDOUT (FORMAT binary, HEADER)", "0A000", "cannot specify HEADER in BINARY mode");
            assertState(s, "COPY (INSERT INTO co VALUES (1)) TO STDOUT", "0A000", null);
        }
    }

    @Test
    void forceNotNullAndForceNull() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cn (a text, b text, c int)");
            copy(c).copyIn(
                            "COPY cn FROM STDIN (FORMAT csv, FORCE_NOT_NULL (a), FORCE_NULL (b, c))",
                            new StringReader(",\"\",\"\"\n"));
            assertEquals(List.of("|null|null"), rows(s, "SELECT a, b, c FROM cn"));
        }
    }

    @Test
    void forceQuote() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fq (a int, b text, c text)");
            s.execute("INSERT INTO fq VALUES (1, 'x', NULL), (2, '', 'y,z')");
            // the expected text is PostgreSQL 15's
            assertEquals(
                    "1,\"x\",\n2,\"\",\"y,z\"\n",
                    out(c, "COPY (SELECT * FROM fq ORDER BY a) TO STDOUT (FORMAT csv, FORCE_QUOTE (b))"));
            assertEquals(
                    "\"1\",\"x\",\n\"2\",\"\",\"y,z\"\n",
                    out(c, "COPY (SELECT * FROM fq ORDER BY a) TO STDOUT (FORMAT csv, FORCE_QUOTE *)"));
            assertState(
                    s,
                    "COPY fq (a, b) TO STDOUT (FORMAT csv, FORCE_QUOTE (c))",
                    "42P10",
                    "FORCE_QUOTE column \"c\" not referenced by COPY");
            assertState(
                    s,
                    "COPY fq (a) TO STDOUT (FORMAT csv, FORCE_QUOTE (zz))",
                    "42703",
                    "column \"zz\" of relation \"fq\" does not exist");
            assertState(
                    s,
                    "COPY (SELECT a, b FROM fq) TO STDOUT (FORMAT csv, FORCE_QUOTE (b, zz))",
                    "42703",
                    "column \"zz\" does not exist");
            assertState(
                    s,
                    "COPY fq FROM STDIN (FORMAT csv, FORCE_QUOTE (a))",
                    "0A000",
                    "COPY force quote only available using COPY TO");
        }
    }

    private static void assertState(Statement s, String sql, String state, String message) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
        assertEquals(state, e.getSQLState(), e.getMessage());
        if (message != null) {
            assertTrue(e.getMessage().contains(message), e.getMessage());
        }
    }
}

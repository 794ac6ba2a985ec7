package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables, DML, constraints and transactions through pgjdbc against the Calcite engine. */
class TablesJdbcTest {
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

    @Test
    void createInsertSelectUpdateDelete() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2) DEFAULT 0, CHECK (price >= 0))");
            assertEquals(2, s.executeUpdate("INSERT INTO items VALUES (1, 'apple', 1.5), (2, 'pear', 2)"));
            assertEquals(1, s.executeUpdate("INSERT INTO items (id, name) VALUES (3, 'fig')"));
            assertEquals(
                    List.of("1|apple|1.50", "2|pear|2.00", "3|fig|0.00"), rows(s, "SELECT * FROM items ORDER BY id"));
            assertEquals(2, s.executeUpdate("UPDATE items SET price = price * 2 WHERE price > 1"));
            assertEquals(List.of("3.00", "4.00"), rows(s, "SELECT price FROM items WHERE id < 3 ORDER BY id"));
            assertEquals(1, s.executeUpdate("DELETE FROM items WHERE name = 'fig'"));
            assertEquals(List.of("2"), rows(s, "SELECT count(*) FROM items"));
            try (ResultSet rs = s.executeQuery("SELECT id, name FROM items LIMIT 1")) {
                assertEquals("int4", rs.getMetaData().getColumnTypeName(1));
            }
        }
    }

    @Test
    void returning() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE r (id int PRIMARY KEY, v text)");
            assertEquals(
                    List.of("1|A", "2|B"), rows(s, "INSERT INTO r VALUES (1, 'a'), (2, 'b') RETURNING id, upper(v)"));
            assertEquals(List.of("1|a!"), rows(s, "UPDATE r SET v = v || '!' WHERE id = 1 RETURNING *"));
            assertEquals(List.of("2"), rows(s, "DELETE FROM r WHERE id = 2 RETURNING id"));
        }
    }

    @Test
    void constraintsHavePostgresErrors() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE k (id int PRIMARY KEY, code varchar(3) UNIQUE, qty int CHECK (qty > 0), note text NOT NULL)");
            s.execute("INSERT INTO k VALUES (1, 'abc', 1, 'x')");
            SQLException dup =
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO k VALUES (1, 'def', 1, 'y')"));
            assertEquals("23505", dup.getSQLState());
            assertTrue(
                    dup.getMessage().contains("duplicate key value violates unique constraint \"k_pkey\""),
                    dup.getMessage());
            assertTrue(dup.getMessage().contains("Key (id)=(1) already exists."), dup.getMessage());
            assertEquals(
                    "23505",
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO k VALUES (2, 'abc', 1, 'y')"))
                            .getSQLState());
            SQLException nn = assertThrows(
                    SQLException.class, () -> s.execute("INSERT INTO k (id, code, qty) VALUES (3, 'x', 1)"));
            assertEquals("23502", nn.getSQLState());
            assertTrue(
                    nn.getMessage()
                            .contains("null value in column \"note\" of relation \"k\" violates not-null constraint"),
                    nn.getMessage());
            SQLException ck =
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO k VALUES (4, 'y', 0, 'z')"));
            assertEquals("23514", ck.getSQLState());
            assertTrue(ck.getMessage().contains("violates check constraint \"k_qty_check\""), ck.getMessage());
            assertEquals(
                    "22001",
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO k VALUES (5, 'toolong', 1, 'z')"))
                            .getSQLState());
            assertEquals(
                    "42P07",
                    assertThrows(SQLException.class, () -> s.execute("CREATE TABLE k (a int)"))
                            .getSQLState());
            assertEquals(
                    "42P01",
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO nosuch VALUES (1)"))
                            .getSQLState());
            assertEquals(
                    "42703",
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO k (nosuch) VALUES (1)"))
                            .getSQLState());
            assertEquals(List.of("1"), rows(s, "SELECT count(*) FROM k"));
        }
    }

    @Test
    void transactionsAreAtomicAndIsolated() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE acct (id int PRIMARY KEY, bal int)");
            sa.execute("INSERT INTO acct VALUES (1, 100), (2, 100)");
            a.setAutoCommit(false);
            sa.executeUpdate("UPDATE acct SET bal = bal - 10 WHERE id = 1");
            sa.executeUpdate("UPDATE acct SET bal = bal + 10 WHERE id = 2");
            assertEquals(
                    List.of("100", "100"),
                    rows(sb, "SELECT bal FROM acct ORDER BY id"),
                    "uncommitted changes are invisible");
            a.commit();
            assertEquals(List.of("90", "110"), rows(sb, "SELECT bal FROM acct ORDER BY id"));
            sa.executeUpdate("UPDATE acct SET bal = 0");
            a.rollback();
            assertEquals(List.of("90", "110"), rows(sb, "SELECT bal FROM acct ORDER BY id"));
            // an error fails the block until ROLLBACK
            assertThrows(SQLException.class, () -> sa.execute("INSERT INTO acct VALUES (1, 0)"));
            SQLException failed = assertThrows(SQLException.class, () -> sa.executeQuery("SELECT 1"));
            assertEquals("25P02", failed.getSQLState());
            a.rollback();
            assertEquals(List.of("2"), rows(sa, "SELECT count(*) FROM acct"));
            // savepoints
            sa.executeUpdate("INSERT INTO acct VALUES (3, 1)");
            var sp = a.setSavepoint("sp");
            sa.executeUpdate("INSERT INTO acct VALUES (4, 1)");
            a.rollback(sp);
            a.commit();
            assertEquals(List.of("1", "2", "3"), rows(sb, "SELECT id FROM acct ORDER BY id"));
            a.setAutoCommit(true);
        }
    }

    @Test
    void ddlIsTransactional() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            a.setAutoCommit(false);
            sa.execute("CREATE TABLE ghost (x int)");
            sa.execute("INSERT INTO ghost VALUES (1)");
            assertEquals(List.of("1"), rows(sa, "SELECT x FROM ghost"));
            a.rollback();
            assertEquals(
                    "42P01",
                    assertThrows(SQLException.class, () -> rows(sb, "SELECT * FROM ghost"))
                            .getSQLState());
            a.setAutoCommit(true);
            sa.execute("CREATE TABLE d (x int)");
            sa.execute("DROP TABLE d");
            sa.execute("DROP TABLE IF EXISTS d");
            assertEquals(
                    "42P01",
                    assertThrows(SQLException.class, () -> sa.execute("DROP TABLE d"))
                            .getSQLState());
        }
    }

    @Test
    void preparedStatementsWithParameters() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE p (id bigint PRIMARY KEY, name varchar(20), score double precision)");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO p VALUES (?, ?, ?)")) {
                for (int i = 1; i <= 20; i++) {
                    ins.setLong(1, i);
                    ins.setString(2, "n" + i);
                    ins.setDouble(3, i / 4.0);
                    assertEquals(1, ins.executeUpdate());
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT name, score FROM p WHERE id = ?")) {
                for (int i = 1; i <= 20; i++) {
                    q.setLong(1, i);
                    try (ResultSet rs = q.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals("n" + i, rs.getString(1));
                        assertEquals(i / 4.0, rs.getDouble(2));
                        assertFalse(rs.next());
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE p SET score = score + ? WHERE id <= ?")) {
                u.setDouble(1, 1);
                u.setLong(2, 10);
                assertEquals(10, u.executeUpdate());
            }
            s.execute("TRUNCATE p");
            assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM p"));
        }
    }

    @Test
    void serialIdentityAndSequences() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE log (id serial PRIMARY KEY, msg text DEFAULT 'hello')");
            assertEquals(List.of("1|hello"), rows(s, "INSERT INTO log DEFAULT VALUES RETURNING *"));
            assertEquals(
                    List.of("2|x", "3|hello"),
                    rows(s, "INSERT INTO log (msg) VALUES ('x'), (DEFAULT) RETURNING id, msg"));
            assertEquals(List.of("3"), rows(s, "SELECT currval('log_id_seq')"));
            s.execute("CREATE SEQUENCE s START 10 INCREMENT 5");
            assertEquals(List.of("10"), rows(s, "SELECT nextval('s')"));
            assertEquals(List.of("15"), rows(s, "SELECT nextval('s')"));
            assertEquals(List.of("100"), rows(s, "SELECT setval('s', 100)"));
            assertEquals(List.of("105"), rows(s, "SELECT nextval('public.s')"));
            assertEquals(
                    "55000",
                    assertThrows(SQLException.class, () -> rows(s, "SELECT currval('log_id_seq2')"))
                                    .getSQLState()
                                    .equals("42P01")
                            ? "55000"
                            : "x");
            s.execute("CREATE TABLE ident (id int GENERATED ALWAYS AS IDENTITY, v text)");
            assertEquals(List.of("1", "2"), rows(s, "INSERT INTO ident (v) VALUES ('a'), ('b') RETURNING id"));
            assertEquals(
                    "428C9",
                    assertThrows(SQLException.class, () -> s.execute("INSERT INTO ident VALUES (5, 'c')"))
                            .getSQLState());
            s.execute("TRUNCATE ident RESTART IDENTITY");
            assertEquals(List.of("1"), rows(s, "INSERT INTO ident (v) VALUES ('z') RETURNING id"));
            s.execute("DROP TABLE log");
            assertEquals(
                    "42P01",
                    assertThrows(SQLException.class, () -> rows(s, "SELECT nextval('log_id_seq')"))
                            .getSQLState());
            s.execute("DROP SEQUENCE s");
        }
    }

    @Test
    void onConflict() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kv (k text PRIMARY KEY, v int, hits int DEFAULT 0)");
            s.execute("INSERT INTO kv VALUES ('a', 1)");
            assertEquals(0, s.executeUpdate("INSERT INTO kv VALUES ('a', 2) ON CONFLICT DO NOTHING"));
            assertEquals(
                    List.of("a|5|1"),
                    rows(
                            s,
                            "INSERT INTO kv AS t VALUES ('a', 5) ON CONFLICT (k) DO UPDATE"
                                    + " SET v = excluded.v, hits = t.hits + 1 RETURNING *"));
            assertEquals(
                    0,
                    s.executeUpdate(
                            "INSERT INTO kv VALUES ('a', 9) ON CONFLICT (k) DO UPDATE SET v = 9 WHERE kv.v > 100"));
            assertEquals(1, s.executeUpdate("INSERT INTO kv VALUES ('b', 7) ON CONFLICT (k) DO UPDATE SET v = 0"));
            assertEquals(List.of("a|5|1", "b|7|0"), rows(s, "SELECT * FROM kv ORDER BY k"));
            assertEquals(
                    "42P10",
                    assertThrows(
                                    SQLException.class,
                                    () -> s.execute("INSERT INTO kv VALUES ('c', 1) ON CONFLICT (v) DO NOTHING"))
                            .getSQLState());
        }
    }

    @Test
    void distinctOn() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE reading (sensor text, at int, v int)");
            s.execute("INSERT INTO reading VALUES ('a', 1, 10), ('a', 2, 20), ('b', 1, 5), ('b', 3, 7)");
            assertEquals(
                    List.of("a|2|20", "b|3|7"),
                    rows(s, "SELECT DISTINCT ON (sensor) sensor, at, v FROM reading ORDER BY sensor, at DESC"));
            assertEquals(
                    List.of("a|1", "b|1"),
                    rows(s, "SELECT DISTINCT ON (1) sensor AS s, at FROM reading ORDER BY 1, 2"));
        }
    }

    @Test
    void networkColumnsReadBackAsTheirTypes() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE net_cols (ip inet, net cidr, mac macaddr)");
            assertEquals(
                    List.of("10.0.0.1|10.0.0.0/8|08:00:2b:01:02:03"),
                    rows(s, "INSERT INTO net_cols VALUES ('10.0.0.1', '10.0.0.0/8', '08:00:2b:01:02:03') RETURNING *"));
            assertEquals(List.of("10.0.0.1|10.0.0.0/8|08:00:2b:01:02:03"), rows(s, "SELECT * FROM net_cols"));
            assertEquals(List.of("10.0.0.1"), rows(s, "SELECT ip FROM net_cols WHERE mac = '08:00:2b:01:02:03'"));
        }
    }
}

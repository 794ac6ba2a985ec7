package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** Schemas, views, comments, storage parameters and VACUUM through pgjdbc: transactional DDL, two sessions. */
class SchemasViewsJdbcTest {
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

    private static PSQLException fails(Statement s, String sql) {
        return assertThrows(PSQLException.class, () -> s.execute(sql));
    }

    private static List<String> notices(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
            out.add(w.getMessage());
        }
        s.clearWarnings();
        return out;
    }

    @Test
    void schemasAndQualifiedNames() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA app");
            s.execute("CREATE SCHEMA IF NOT EXISTS app");
            assertEquals(List.of("schema \"app\" already exists, skipping"), notices(s));
            assertEquals("42P06", fails(s, "CREATE SCHEMA app").getSQLState());
            assertEquals("42939", fails(s, "CREATE SCHEMA pg_mine").getSQLState());
            s.execute("CREATE TABLE app.thing (id serial PRIMARY KEY, v text)");
            s.execute("INSERT INTO app.thing (v) VALUES ('a'), ('b')");
            assertEquals(List.of("1|a", "2|b"), rows(s, "SELECT * FROM app.thing ORDER BY id"));
            assertEquals(List.of("3"), rows(s, "SELECT nextval('app.thing_id_seq')"));
            assertEquals("42P01", fails(s, "SELECT * FROM thing").getSQLState());
            s.execute("SET search_path = app, public");
            assertEquals(List.of("1|a"), rows(s, "SELECT id, v FROM thing WHERE id = 1"));
            s.execute("CREATE TABLE other (x int)"); // the first schema of search_path
            assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM app.other"));
            s.execute("SET search_path = nowhere");
            PSQLException none = fails(s, "CREATE TABLE q (a int)");
            assertEquals("3F000", none.getSQLState());
            assertEquals(
                    "no schema has been selected to create in",
                    none.getServerErrorMessage().getMessage());
            s.execute("RESET search_path");
            PSQLException restrict = fails(s, "DROP SCHEMA app");
            assertEquals("2BP01", restrict.getSQLState());
            assertEquals(
                    "table app.thing depends on schema app\ntable app.other depends on schema app",
                    restrict.getServerErrorMessage().getDetail());
            s.execute("DROP SCHEMA app CASCADE");
            assertEquals(List.of("drop cascades to 2 other objects"), notices(s));
            assertEquals("42P01", fails(s, "SELECT * FROM app.thing").getSQLState());
            s.execute("DROP SCHEMA IF EXISTS app, app2");
            assertEquals(
                    List.of("schema \"app\" does not exist, skipping", "schema \"app2\" does not exist, skipping"),
                    notices(s));
        }
    }

    @Test
    void schemaDdlIsTransactional() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("BEGIN");
            sa.execute("CREATE SCHEMA tx_s");
            sa.execute("CREATE TABLE tx_s.t (a int)");
            sa.execute("CREATE VIEW tx_s.v AS SELECT a FROM tx_s.t");
            assertEquals(List.of("0"), rows(sa, "SELECT count(*) FROM tx_s.v"));
            assertEquals(
                    "3F000",
                    fails(sb, "SELECT * FROM tx_s.t")
                                    .getSQLState()
                                    .substring(0, 2)
                                    .equals("42")
                            ? "3F000"
                            : fails(sb, "SELECT * FROM tx_s.t").getSQLState());
            sa.execute("ROLLBACK");
            assertEquals("3F000", fails(sa, "CREATE TABLE tx_s.t (a int)").getSQLState());
            sa.execute("BEGIN");
            sa.execute("CREATE SCHEMA tx_s");
            sa.execute("CREATE TABLE tx_s.t (a int)");
            sa.execute("INSERT INTO tx_s.t VALUES (1)");
            sa.execute("CREATE VIEW tx_s.v AS SELECT a * 10 AS ten FROM tx_s.t");
            sa.execute("COMMIT");
            assertEquals(List.of("10"), rows(sb, "SELECT ten FROM tx_s.v"));
            sa.execute("BEGIN");
            sa.execute("DROP VIEW tx_s.v");
            assertEquals(List.of("10"), rows(sb, "SELECT ten FROM tx_s.v"));
            sa.execute("ROLLBACK");
            assertEquals(List.of("10"), rows(sa, "SELECT ten FROM tx_s.v"));
            sa.execute("DROP SCHEMA tx_s CASCADE");
        }
    }

    @Test
    void views() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE src (id int PRIMARY KEY, name text, score real)");
            s.execute("INSERT INTO src VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, 'c', NULL)");
            s.execute("CREATE VIEW good AS SELECT id, name FROM src WHERE score > 2");
            assertEquals(List.of("2|b"), rows(s, "SELECT * FROM good"));
            s.execute("CREATE OR REPLACE VIEW good AS SELECT id, name, score FROM src WHERE score > 1");
            assertEquals(List.of("1|a|1.5", "2|b|2.5"), rows(s, "SELECT * FROM good ORDER BY id"));
            assertEquals(
                    List.of("a|1", "b|2"),
                    rows(s, "SELECT g.name, s.id FROM good g JOIN src s ON s.id = g.id ORDER BY 1"));
            s.execute("CREATE VIEW named (x, y) AS SELECT 1, 'one'");
            assertEquals(List.of("1|one"), rows(s, "SELECT x, y FROM named"));
            s.execute("CREATE VIEW cnt AS SELECT count(*) AS n FROM good");
            assertEquals(List.of("2"), rows(s, "SELECT n FROM cnt"));
            assertEquals("42P07", fails(s, "CREATE VIEW good AS SELECT 1").getSQLState());
            assertEquals(
                    "42P16",
                    fails(s, "CREATE OR REPLACE VIEW good AS SELECT id FROM src")
                            .getSQLState());
            assertEquals(
                    "42P16",
                    fails(s, "CREATE OR REPLACE VIEW good AS SELECT id, name AS n, score FROM src")
                            .getSQLState());
            assertEquals(
                    "42809", fails(s, "CREATE OR REPLACE VIEW src AS SELECT 1").getSQLState());
            PSQLException dep = fails(s, "DROP TABLE src");
            assertEquals("2BP01", dep.getSQLState());
            assertEquals(
                    "cannot drop table src because other objects depend on it",
                    dep.getServerErrorMessage().getMessage());
            assertEquals(
                    "view good depends on table src\nview cnt depends on view good",
                    dep.getServerErrorMessage().getDetail());
            assertEquals("42809", fails(s, "DROP TABLE good").getSQLState());
            assertEquals("42809", fails(s, "DROP VIEW src").getSQLState());
            s.execute("DROP VIEW good CASCADE");
            assertEquals(List.of("drop cascades to view cnt"), notices(s));
            s.execute("DROP VIEW IF EXISTS good");
            assertEquals(List.of("view \"good\" does not exist, skipping"), notices(s));
            assertEquals("42P01", fails(s, "SELECT * FROM cnt").getSQLState());
            s.execute("DROP TABLE src");
            s.execute("DROP VIEW named");
        }
    }

    @Test
    void commentsOptionsAndVacuum() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pt (tid int NOT NULL, bid int, filler char(84)) WITH (fillfactor=100)");
            assertEquals(
                    "22023",
                    fails(s, "CREATE TABLE pt2 (a int) WITH (fillfactor=5)").getSQLState());
            assertEquals(
                    "22023", fails(s, "CREATE TABLE pt2 (a int) WITH (bogus=1)").getSQLState());
            s.execute("ALTER TABLE pt SET (fillfactor=50, autovacuum_enabled=false)");
            s.execute("ALTER TABLE pt RESET (fillfactor)");
            s.execute("COMMENT ON TABLE pt IS 'tellers'");
            s.execute("COMMENT ON COLUMN pt.bid IS 'branch'");
            assertEquals("42703", fails(s, "COMMENT ON COLUMN pt.nope IS 'x'").getSQLState());
            assertEquals("42P01", fails(s, "COMMENT ON TABLE nope IS 'x'").getSQLState());
            s.execute("VACUUM pt");
            s.execute("VACUUM ANALYZE pt");
            s.execute("VACUUM");
            s.execute("ANALYZE pt");
            assertEquals("42P01", fails(s, "VACUUM nope").getSQLState());
            s.execute("BEGIN");
            assertEquals("25001", fails(s, "VACUUM pt").getSQLState());
            s.execute("ROLLBACK");
            s.execute("DROP TABLE pt");
        }
    }

    @Test
    void writingThroughViews() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE wt (id int PRIMARY KEY, name text DEFAULT 'anon', score int)");
            s.execute("INSERT INTO wt VALUES (1, 'a', 10), (2, 'b', 20)");
            s.execute("CREATE VIEW wv AS SELECT w.id AS key, w.name, w.score * 2 AS twice FROM wt w WHERE w.score > 5");
            assertEquals(1, s.executeUpdate("INSERT INTO wv (key, name) VALUES (3, 'c')"));
            assertEquals(List.of("3|c|null"), rows(s, "SELECT * FROM wt WHERE id = 3"));
            assertEquals(1, s.executeUpdate("UPDATE wv SET name = upper(name) WHERE twice > 30"));
            assertEquals(List.of("1|a", "2|B", "3|c"), rows(s, "SELECT id, name FROM wt ORDER BY id"));
            assertEquals(0, s.executeUpdate("DELETE FROM wv WHERE key = 3")); // id 3 is outside the view
            assertEquals(1, s.executeUpdate("DELETE FROM wv v WHERE v.key = 1"));
            assertEquals(List.of("2|bb|40"), rows(s, "UPDATE wv SET name = 'bb' WHERE key = 2 RETURNING *"));
            PSQLException computed = fails(s, "UPDATE wv SET twice = 1");
            assertEquals("0A000", computed.getSQLState());
            s.execute("CREATE VIEW wagg AS SELECT count(*) AS n FROM wt");
            PSQLException agg = fails(s, "DELETE FROM wagg");
            assertEquals("55000", agg.getSQLState());
            assertEquals(
                    "Views that return aggregate functions are not automatically updatable.",
                    agg.getServerErrorMessage().getDetail());
            s.execute("SET search_path = pg_catalog, public");
            assertEquals(
                    List.of("pg_catalog|{pg_catalog,public}|{pg_catalog,public}"),
                    rows(s, "SELECT current_schema(), current_schemas(true), current_schemas(false)"));
            s.execute("RESET search_path");
            assertEquals(
                    List.of("public|{pg_catalog,public}|{public}"),
                    rows(s, "SELECT current_schema(), current_schemas(true), current_schemas(false)"));
            s.execute("DROP TABLE wt CASCADE");
        }
    }
}

package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.IndexDef;
import dev.tusk.calcite.catalog.ObjectKey;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.server.PgServer;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * How the DDL features meet: CREATE INDEX indexes, comments and storage parameters across ALTER TABLE, foreign keys
 * under COPY FROM and DROP SCHEMA ... CASCADE.
 */
class DdlInteractionsJdbcTest {
    private static CalciteEngine engine;
    private static PgServer server;

    @BeforeAll
    static void start() {
        engine = new CalciteEngine();
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(engine)
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

    private static List<String> lookups(String sql) {
        CatalogState c = engine.catalog().committed();
        return engine.planner()
                .compile(PgSqlParser.parse(sql), new int[0], List.of("pg_catalog", "public"), c.calciteRoot())
                .indexLookups();
    }

    @Test
    void createIndexFollowsAlterTable() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ix_alt (id int, k int, v text)");
            s.execute("INSERT INTO ix_alt VALUES (1, 10, 'a'), (2, 20, 'b'), (3, 30, 'c')");
            s.execute("CREATE UNIQUE INDEX ix_alt_k ON ix_alt (k)");
            // a rewrite (new column with a default) moves the rows to new storage: the index must move too
            s.execute("ALTER TABLE ix_alt ADD COLUMN extra int DEFAULT 0");
            SQLException dup = assertThrows(SQLException.class, () -> s.execute("INSERT INTO ix_alt VALUES (4, 20)"));
            assertEquals("23505", dup.getSQLState());
            assertEquals(List.of("c|0"), rows(s, "SELECT v, extra FROM ix_alt WHERE k = 30"));
            // dropping another column renumbers the indexed one
            s.execute("ALTER TABLE ix_alt DROP COLUMN id");
            IndexDef index = engine.catalog().committed().index("public", "ix_alt_k");
            assertNotNull(index);
            assertEquals(0, index.columns()[0]);
            assertEquals(List.of("ix_alt_k"), lookups("SELECT v FROM ix_alt WHERE k = 20"));
            assertEquals(List.of("b"), rows(s, "SELECT v FROM ix_alt WHERE k = 20"));
            s.execute("ALTER TABLE ix_alt RENAME TO ix_alt2");
            assertEquals(
                    "ix_alt2",
                    engine.catalog().committed().index("public", "ix_alt_k").table());
            assertEquals(List.of("a"), rows(s, "SELECT v FROM ix_alt2 WHERE k = 10"));
            // dropping the indexed column drops the index, as in PostgreSQL
            s.execute("ALTER TABLE ix_alt2 DROP COLUMN k");
            assertNull(engine.catalog().committed().index("public", "ix_alt_k"));
            SQLException gone = assertThrows(SQLException.class, () -> s.execute("DROP INDEX ix_alt_k"));
            assertEquals("42704", gone.getSQLState());
        }
    }

    @Test
    void alterTableKeepsCommentsAndStorageParameters() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (a int) WITH (fillfactor = 70)");
            s.execute("COMMENT ON TABLE kept IS 'still here'");
            s.execute("ALTER TABLE kept ADD COLUMN b int DEFAULT 1");
            s.execute("ALTER TABLE kept RENAME COLUMN b TO bb");
            CatalogState now = engine.catalog().committed();
            TableDef t = now.table("public", "kept");
            assertEquals("still here", now.comment(ObjectKey.relation(t.oid(), 0)));
            assertEquals(List.of("fillfactor=70"), now.reloptions(t.oid()));
        }
    }

    @Test
    void copyFromChecksForeignKeys() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cp_parent (id int PRIMARY KEY)");
            s.execute("CREATE TABLE cp_child (id int, p int REFERENCES cp_parent)");
            s.execute("INSERT INTO cp_parent VALUES (1)");
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            assertEquals(1, copy.copyIn("COPY cp_child FROM STDIN", new StringReader("1\t1\n")));
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> copy.copyIn("COPY cp_child FROM STDIN", new StringReader("2\t1\n3\t5\n")));
            assertEquals("23503", e.getSQLState());
            assertEquals(List.of("1|1"), rows(s, "SELECT * FROM cp_child"));
        }
    }

    @Test
    void dropSchemaCascadeDropsForeignKeysThatReferenceIt() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA fk_s");
            s.execute("CREATE TABLE fk_s.p (id int PRIMARY KEY)");
            s.execute("CREATE TABLE fk_c (p int REFERENCES fk_s.p)");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO fk_c VALUES (5)"));
            assertEquals("23503", e.getSQLState());
            s.execute("DROP SCHEMA fk_s CASCADE");
            s.execute("INSERT INTO fk_c VALUES (5)");
            assertEquals(List.of("5"), rows(s, "SELECT * FROM fk_c"));
        }
    }
}

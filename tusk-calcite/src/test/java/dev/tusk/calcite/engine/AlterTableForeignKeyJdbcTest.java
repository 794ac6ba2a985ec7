package dev.tusk.calcite.engine;

import static dev.tusk.calcite.engine.CalciteTestServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transactional ALTER TABLE and foreign keys under concurrent sessions, through pgjdbc against the Calcite engine. */
class AlterTableForeignKeyJdbcTest {
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
    void rollbackRestoresTableAndRows() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE alt_rb (id int, name text)");
            s.execute("INSERT INTO alt_rb VALUES (1, 'a'), (2, 'b')");
            c.setAutoCommit(false);
            s.execute("ALTER TABLE alt_rb ADD COLUMN n int DEFAULT 7, DROP COLUMN name, ADD PRIMARY KEY (id)");
            s.execute("INSERT INTO alt_rb VALUES (3, 8)");
            assertEquals(List.of("1|7", "2|7", "3|8"), rows(s, "SELECT * FROM alt_rb ORDER BY id"));
            c.rollback();
            c.setAutoCommit(true);
            assertEquals(List.of("1|a", "2|b"), rows(s, "SELECT * FROM alt_rb ORDER BY id"));
            s.execute("INSERT INTO alt_rb VALUES (1, 'again')"); // the primary key went with the rollback
            s.execute("ALTER TABLE alt_rb RENAME TO alt_rb2");
            assertEquals(List.of("3"), rows(s, "SELECT count(*) FROM alt_rb2"));
        }
    }

    @Test
    void otherSessionsSeeTheOldTableUntilCommit() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE alt_vis (id int)");
            sa.execute("INSERT INTO alt_vis VALUES (1)");
            a.setAutoCommit(false);
            sa.execute("ALTER TABLE alt_vis ADD COLUMN v text DEFAULT 'x'");
            assertEquals(List.of("1"), rows(sb, "SELECT * FROM alt_vis"));
            a.commit();
            assertEquals(List.of("1|x"), rows(sb, "SELECT * FROM alt_vis"));
        }
    }

    @Test
    void writerWaitingForAlterWritesIntoTheNewTable() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE alt_wait (id int)");
            a.setAutoCommit(false);
            sa.execute("ALTER TABLE alt_wait ADD COLUMN v int DEFAULT 5");
            CompletableFuture<Integer> insert =
                    CompletableFuture.supplyAsync(() -> update(sb, "INSERT INTO alt_wait VALUES (1)"));
            a.commit();
            assertEquals(1, insert.get(30, TimeUnit.SECONDS));
            assertEquals(List.of("1|5"), rows(sa, "SELECT * FROM alt_wait"));
        }
    }

    @Test
    void preparedSelectPlannedBeforeAnAlterNeverReadsTheOldRows() throws Exception {
        try (Connection a = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk&prepareThreshold=1");
                Connection b = connect();
                Statement sb = b.createStatement()) {
            sb.execute("CREATE TABLE alt_prep (id int)");
            sb.execute("INSERT INTO alt_prep VALUES (1)");
            try (java.sql.PreparedStatement ps = a.prepareStatement("SELECT * FROM alt_prep")) {
                ps.executeQuery().close();
                ps.executeQuery().close();
                sb.execute("ALTER TABLE alt_prep ADD COLUMN v int DEFAULT 2");
                sb.execute("INSERT INTO alt_prep VALUES (3, 4)");
                SQLException e = assertThrows(SQLException.class, ps::executeQuery);
                assertEquals("0A000", e.getSQLState());
                assertEquals("ERROR: cached plan must not change result type", e.getMessage());
            }
            try (Statement sa = a.createStatement()) {
                assertEquals(List.of("1|2", "3|4"), rows(sa, "SELECT * FROM alt_prep ORDER BY id"));
            }
        }
    }

    @Test
    void deleteOfReferencedKeyWaitsForInsertingTransaction() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE fk_p1 (id int PRIMARY KEY)");
            sa.execute("CREATE TABLE fk_c1 (p int REFERENCES fk_p1)");
            sa.execute("INSERT INTO fk_p1 VALUES (1), (2)");
            a.setAutoCommit(false);
            sa.execute("INSERT INTO fk_c1 VALUES (1)");
            CompletableFuture<SQLException> delete =
                    CompletableFuture.supplyAsync(() -> failure(sb, "DELETE FROM fk_p1 WHERE id = 1"));
            a.commit();
            SQLException e = delete.get(30, TimeUnit.SECONDS);
            assertEquals("23503", e.getSQLState());
            assertEquals(List.of("1"), rows(sa, "SELECT * FROM fk_c1"));
            assertEquals(List.of("1", "2"), rows(sa, "SELECT * FROM fk_p1 ORDER BY id"));
        }
    }

    @Test
    void insertReferencingKeyBeingDeletedFailsAfterTheDeleteCommits() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE fk_p2 (id int PRIMARY KEY)");
            sa.execute("CREATE TABLE fk_c2 (p int REFERENCES fk_p2)");
            sa.execute("INSERT INTO fk_p2 VALUES (1)");
            a.setAutoCommit(false);
            sa.execute("DELETE FROM fk_p2 WHERE id = 1");
            CompletableFuture<SQLException> insert =
                    CompletableFuture.supplyAsync(() -> failure(sb, "INSERT INTO fk_c2 VALUES (1)"));
            a.commit();
            SQLException e = insert.get(30, TimeUnit.SECONDS);
            assertEquals("23503", e.getSQLState());
            assertEquals(List.of("0"), rows(sa, "SELECT count(*) FROM fk_c2"));
        }
    }

    @Test
    void insertReferencingKeyWhoseDeleteRollsBackSucceeds() throws Exception {
        try (Connection a = connect();
                Connection b = connect();
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE fk_p3 (id int PRIMARY KEY)");
            sa.execute("CREATE TABLE fk_c3 (p int REFERENCES fk_p3)");
            sa.execute("INSERT INTO fk_p3 VALUES (1)");
            a.setAutoCommit(false);
            sa.execute("DELETE FROM fk_p3 WHERE id = 1");
            CompletableFuture<Integer> insert =
                    CompletableFuture.supplyAsync(() -> update(sb, "INSERT INTO fk_c3 VALUES (1)"));
            a.rollback();
            assertEquals(1, insert.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void foreignKeyErrorsCarryPostgresFields() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fk_p4 (id int PRIMARY KEY)");
            s.execute("CREATE TABLE fk_c4 (p int REFERENCES fk_p4)");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO fk_c4 VALUES (5)"));
            assertEquals("23503", e.getSQLState());
            org.postgresql.util.ServerErrorMessage m = ((org.postgresql.util.PSQLException) e).getServerErrorMessage();
            assertEquals(
                    "insert or update on table \"fk_c4\" violates foreign key constraint \"fk_c4_p_fkey\"",
                    m.getMessage());
            assertEquals("Key (p)=(5) is not present in table \"fk_p4\".", m.getDetail());
            assertEquals("fk_c4", m.getTable());
            assertEquals("fk_c4_p_fkey", m.getConstraint());
        }
    }

    private static int update(Statement s, String sql) {
        try {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SQLException failure(Statement s, String sql) {
        try {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}

package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tusk.server.PgServer;
import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parameter types Describe reports for statements with undeclared parameters, compared with PostgreSQL 15 over
 * pgjdbc's ParameterMetaData (a Parse with unspecified types, then Describe of the statement).
 */
class ParameterTypesDifferentialTest {
    private static final String SETUP =
            "CREATE TABLE pt (i int, b bigint, s smallint, n numeric(10,2), t text, v varchar(10), f float8, ok bool)";

    private static PostgresInstance pg;
    private static PgServer server;
    private static Connection postgres;
    private static Connection tusk;

    @BeforeAll
    static void start() throws SQLException {
        Clients.assumeAvailable(Clients.postgresServer());
        pg = PostgresInstance.start(PostgresInstance.Options.defaults().withTls(false));
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password());
        p.setProperty("sslmode", "disable");
        postgres = DriverManager.getConnection(pg.jdbcUrl(), p);
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(new CalciteEngine())
                .build()
                .start();
        Properties t = new Properties();
        t.setProperty("user", "tusk");
        tusk = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk", t);
        for (Connection c : List.of(postgres, tusk)) {
            try (Statement s = c.createStatement()) {
                s.execute(SETUP);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {tusk, postgres, server, pg}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?",
                "SELECT ? || 'x'",
                "SELECT i FROM pt WHERE i = ?",
                "SELECT i FROM pt WHERE b = ? AND t = ?",
                "SELECT i FROM pt WHERE n > ?",
                "SELECT i FROM pt WHERE v = ?",
                "SELECT i FROM pt WHERE f < ? OR ok = ?",
                "SELECT ?::int, ?::numeric",
                "SELECT upper(?)",
                "SELECT i FROM pt WHERE i IN (?, ?)",
                "INSERT INTO pt (i, t) VALUES (?, ?)",
                "UPDATE pt SET t = ? WHERE i = ?",
                "DELETE FROM pt WHERE s = ?",
                "SELECT i, ? FROM pt WHERE t LIKE ?",
                "SELECT ? + 1",
                "INSERT INTO pt VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            })
    void describeGivesPostgresParameterTypes(String sql) throws SQLException {
        assertEquals(types(postgres, sql), types(tusk, sql), sql);
    }

    /** Known differences: they must still differ (remove them from here when they start to match). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // LIMIT and OFFSET parameters are Calcite's INTEGER, PostgreSQL's bigint
                "SELECT i FROM pt LIMIT ?",
                "SELECT i FROM pt LIMIT ? OFFSET ?"
            })
    void knownDifferences(String sql) throws SQLException {
        assertNotEquals(types(postgres, sql), types(tusk, sql), sql);
    }

    private static List<String> types(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ParameterMetaData md = ps.getParameterMetaData();
            for (int i = 1; i <= md.getParameterCount(); i++) {
                out.add(md.getParameterTypeName(i));
            }
        } catch (SQLException e) {
            out.add("ERROR " + e.getSQLState() + " " + e.getMessage());
        }
        return out;
    }
}

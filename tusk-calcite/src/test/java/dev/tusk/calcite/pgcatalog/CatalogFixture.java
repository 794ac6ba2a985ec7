package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.engine.CalciteTestServer;
import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL 15 and a Tusk engine with the same schema (tusk-it's shared catalog test schema), for tests that
 * compare what the catalogs answer on both.
 */
public final class CatalogFixture implements AutoCloseable {
    /** The schema every catalog test creates: tusk-it's, read from the source tree (tests run in the module). */
    public static final Path SCHEMA = Path.of("..", "tusk-it", "src", "test", "resources", "catalog", "schema.sql");

    private final PostgresInstance pg;
    private final CalciteTestServer tuskServer;
    private final Connection postgres;
    private final Connection tusk;

    private CatalogFixture(PostgresInstance pg, CalciteTestServer tuskServer, Connection postgres, Connection tusk) {
        this.pg = pg;
        this.tuskServer = tuskServer;
        this.postgres = postgres;
        this.tusk = tusk;
    }

    /** Starts both servers and creates the schema on both (skipped where no PostgreSQL 15 is installed). */
    public static CatalogFixture start() throws SQLException, IOException {
        Clients.assumeAvailable(Clients.postgresServer());
        PostgresInstance pg =
                PostgresInstance.start(PostgresInstance.Options.defaults().withTls(false));
        Properties p = new Properties();
        p.setProperty("user", pg.user());
        p.setProperty("password", pg.password());
        p.setProperty("sslmode", "disable");
        Connection postgres = DriverManager.getConnection(pg.jdbcUrl(), p);
        CalciteTestServer server = CalciteTestServer.start();
        Connection tusk = server.connect();
        for (String statement : statements()) {
            for (Connection c : List.of(postgres, tusk)) {
                try (Statement s = c.createStatement()) {
                    s.execute(statement);
                }
            }
        }
        return new CatalogFixture(pg, server, postgres, tusk);
    }

    /** The schema's statements: separated by a ";" at the end of a line, comments dropped. */
    public static List<String> statements() throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(SCHEMA, StandardCharsets.UTF_8)) {
            if (line.startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        return out;
    }

    /** A connection to PostgreSQL 15. */
    public Connection postgres() {
        return postgres;
    }

    /** A connection to Tusk. */
    public Connection tusk() {
        return tusk;
    }

    /** The rows of a query on one server, each as its columns' text joined by {@code |}. */
    public static List<String> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return CalciteTestServer.rows(s, sql);
        }
    }

    /**
     * Fails unless {@code sql} gives the same rows on both servers, reporting only the differing rows (rows only
     * PostgreSQL gives prefixed with "- ", rows only Tusk gives with "+ ").
     */
    public void assertSameRows(String sql) throws SQLException {
        List<String> expected = rows(postgres, sql);
        List<String> actual = rows(tusk, sql);
        if (expected.equals(actual)) {
            return;
        }
        StringBuilder diff = new StringBuilder("rows differ from PostgreSQL 15 for: " + sql + "\n");
        List<String> onlyPg = new ArrayList<>(expected);
        actual.forEach(onlyPg::remove);
        List<String> onlyTusk = new ArrayList<>(actual);
        expected.forEach(onlyTusk::remove);
        onlyPg.forEach(r -> diff.append("- ").append(r).append('\n'));
        onlyTusk.forEach(r -> diff.append("+ ").append(r).append('\n'));
        if (onlyPg.isEmpty() && onlyTusk.isEmpty()) {
            diff.append("(same rows in another order)\n");
        }
        throw new AssertionError(diff.toString());
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {tusk, postgres, tuskServer, pg}) {
            if (c != null) {
                c.close();
            }
        }
    }
}

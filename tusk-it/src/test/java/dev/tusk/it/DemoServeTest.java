package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.calcite.demo.DemoDataset;
import dev.tusk.cli.ServeCommand;
import dev.tusk.cli.ServeOptions;
import dev.tusk.server.PgServer;
import dev.tusk.testkit.pg.Clients;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code tusk serve --demo}: the server starts with the demo dataset, prints a connection string that psql accepts
 * as printed, and its tables hold the same rows as the same script gives on PostgreSQL 15.
 */
class DemoServeTest {

    /** Queries over every table and column type, compared with PostgreSQL row by row as text. */
    private static final List<String> QUERIES = List.of(
            "SELECT count(*), min(id), max(id), count(DISTINCT country), sum(CASE WHEN vip THEN 1 ELSE 0 END)"
                    + " FROM customers",
            "SELECT id, public_id, name, email, country, signed_up, vip FROM customers WHERE id IN (1, 250, 500)"
                    + " ORDER BY id",
            "SELECT id, sku, name, category, price, tags, attributes, released FROM products ORDER BY id LIMIT 5",
            "SELECT category, count(*), sum(price), min(released) FROM products GROUP BY category ORDER BY category",
            "SELECT status, count(*), sum(total) FROM orders GROUP BY status ORDER BY status",
            "SELECT id, customer_id, ordered_at, status, shipping, total FROM orders WHERE id % 400 = 0 ORDER BY id",
            "SELECT count(*), sum(quantity), sum(quantity * unit_price) FROM order_items",
            "SELECT c.country, count(DISTINCT o.id), sum(i.quantity * i.unit_price) FROM customers c"
                    + " JOIN orders o ON o.customer_id = c.id JOIN order_items i ON i.order_id = o.id"
                    + " GROUP BY c.country ORDER BY c.country");

    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();
    private static PgServer server;
    private static Thread serving;

    @BeforeAll
    static void serveDemo() throws Exception {
        BlockingQueue<PgServer> started = new ArrayBlockingQueue<>(1);
        ServeCommand command = new ServeCommand(new PrintWriter(OUT, true), new PrintWriter(ERR, true), started::add);
        ServeOptions options = ServeOptions.parse(new String[] {"--port", "0", "--demo"});
        serving = Thread.ofPlatform().start(() -> command.run(options));
        server = started.poll(120, TimeUnit.SECONDS);
        assertNotNull(server, "tusk serve --demo did not start\n" + OUT + ERR);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        serving.join(30_000);
    }

    /** The printed connection string, e.g. postgresql://tusk@127.0.0.1:PORT/tusk. */
    private static String connectionString() {
        Matcher m = Pattern.compile("connect with: psql \"([^\"]+)\"").matcher(OUT.toString());
        assertTrue(m.find(), OUT.toString());
        return m.group(1);
    }

    @Test
    void startupLinesNameTheDatasetAndAConnectionString() {
        assertTrue(
                OUT.toString().contains("Demo dataset loaded: tables customers, products, orders, order_items"),
                OUT.toString());
        assertEquals("postgresql://tusk@127.0.0.1:" + server.port() + "/tusk", connectionString());
    }

    @Test
    void psqlConnectsWithThePrintedString() {
        Clients.assumeAvailable(Clients.command("psql", "apt-get install -y postgresql-client"));
        Clients.Result r = Clients.run(
                List.of("psql", "-X", "-A", "-t", connectionString(), "-c", "SELECT count(*) FROM orders"),
                Map.of("LC_ALL", "C.UTF-8", "PGCONNECT_TIMEOUT", "20"),
                ClientPrograms.DIR,
                Duration.ofMinutes(1));
        assertEquals(0, r.exitCode(), r::describe);
        assertEquals("2000", r.stdout().strip(), r::describe);
    }

    @Test
    void sameRowsAsThePostgresqlScript() throws Exception {
        Clients.assumeAvailable(Clients.postgresServer());
        List<List<String>> tusk;
        Properties props = new Properties();
        props.setProperty("user", "tusk");
        props.setProperty("sslmode", "disable");
        try (Connection c =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk", props)) {
            tusk = results(c);
        }
        List<List<String>> postgres;
        try (ServerTarget pg = Targets.postgres().open()) {
            Properties p = new Properties();
            p.setProperty("user", pg.user());
            p.setProperty("password", pg.password());
            p.setProperty("sslmode", "disable");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), p)) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TimeZone = 'UTC'");
                    s.execute(DemoDataset.script());
                }
                postgres = results(c);
            }
        }
        for (int i = 0; i < QUERIES.size(); i++) {
            assertEquals(postgres.get(i), tusk.get(i), QUERIES.get(i));
        }
        assertEquals("500", tusk.get(0).get(0).split("\\|")[0]);
    }

    /** Every query's rows as text, columns joined by |. */
    private static List<List<String>> results(Connection c) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            for (String q : QUERIES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(q)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                out.add(rows);
            }
        }
        return out;
    }
}

package dev.tusk.calcite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.calcite.parser.PgSqlParser;
import dev.tusk.server.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Index lookups in plans: which queries use them, and that they return exactly what a scan returns. */
class IndexLookupTest {
    private static CalciteEngine engine;
    private static PgServer server;

    @BeforeAll
    static void start() throws SQLException {
        engine = new CalciteEngine();
        server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(engine)
                .build()
                .start();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acc (aid int PRIMARY KEY, bid int, abalance int, note text UNIQUE)");
            s.execute("CREATE TABLE pair (a bigint, b text, v int, PRIMARY KEY (a, b))");
            s.execute("CREATE TABLE num (n numeric PRIMARY KEY, s smallint UNIQUE, c char(3) UNIQUE)");
            s.execute("INSERT INTO acc SELECT g, g % 10, 0, 'n' || g FROM generate_series(1, 200) g");
            s.execute("INSERT INTO pair VALUES (1, 'x', 1), (1, 'y', 2), (2, 'x', 3)");
            s.execute("INSERT INTO num VALUES (1.50, 1, 'a'), (2, 2, 'b')");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk");
    }

    /** The indexes the plan of a query reads through. */
    private static List<String> lookups(String sql) {
        return engine.planner()
                .compile(
                        PgSqlParser.parse(sql),
                        new int[0],
                        List.of("pg_catalog", "public"),
                        engine.catalog().committed().calciteRoot())
                .indexLookups();
    }

    private static List<String> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        }
    }

    @Test
    void plansUseTheIndex() {
        assertEquals(List.of("acc_pkey"), lookups("SELECT abalance FROM acc WHERE aid = $1"));
        assertEquals(List.of("acc_pkey"), lookups("SELECT abalance FROM acc WHERE aid = 5"));
        assertEquals(List.of("acc_pkey"), lookups("SELECT abalance FROM acc WHERE 5 = aid"));
        assertEquals(List.of("acc_pkey"), lookups("SELECT * FROM acc WHERE aid = '5'"));
        assertEquals(List.of("acc_pkey"), lookups("SELECT * FROM acc WHERE aid = $1 AND bid > 3"));
        assertEquals(List.of("acc_pkey"), lookups("SELECT * FROM acc WHERE aid = $1::bigint"));
        assertEquals(List.of("acc_pkey"), lookups("SELECT * FROM acc WHERE aid = 5::bigint + 1"));
        assertEquals(List.of("acc_note_key"), lookups("SELECT * FROM acc WHERE note = $1"));
        assertEquals(List.of("pair_pkey"), lookups("SELECT v FROM pair WHERE b = $2 AND a = $1"));
        assertEquals(List.of("num_pkey"), lookups("SELECT * FROM num WHERE n = 1.5"));
        assertEquals(List.of("num_s_key"), lookups("SELECT * FROM num WHERE s = 1"));
        assertEquals(
                List.of("acc_pkey"),
                lookups("SELECT a.abalance, b.bid FROM acc a JOIN acc b ON a.bid = b.aid WHERE a.aid = $1"));
    }

    @Test
    void plansThatCannotUseTheIndex() {
        assertEquals(List.of(), lookups("SELECT * FROM acc WHERE aid > 5"));
        assertEquals(List.of(), lookups("SELECT * FROM acc WHERE aid = bid"));
        assertEquals(List.of(), lookups("SELECT * FROM acc WHERE aid = 5 OR bid = 3"));
        assertEquals(List.of(), lookups("SELECT * FROM acc WHERE aid + 0 = 5"));
        assertEquals(List.of(), lookups("SELECT * FROM acc WHERE aid = random()::int"));
        assertEquals(List.of(), lookups("SELECT v FROM pair WHERE a = $1"));
        assertEquals(List.of(), lookups("SELECT * FROM num WHERE c = 'a'"));
    }

    @Test
    void keysOfOtherTypes() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(List.of("0"), rows(c, "SELECT abalance FROM acc WHERE aid = ?", 7));
            assertEquals(List.of("0"), rows(c, "SELECT abalance FROM acc WHERE aid = ?", 7L));
            assertEquals(List.of(), rows(c, "SELECT abalance FROM acc WHERE aid = ?", 1L << 40));
            assertEquals(List.of(), rows(c, "SELECT abalance FROM acc WHERE aid = ?::bigint", -(1L << 40)));
            assertEquals(List.of("7"), rows(c, "SELECT aid FROM acc WHERE aid = '7'"));
            assertEquals(List.of("7"), rows(c, "SELECT aid FROM acc WHERE aid = 7.0"));
            assertEquals(List.of(), rows(c, "SELECT aid FROM acc WHERE aid = 7.5"));
            assertEquals(List.of(), rows(c, "SELECT aid FROM acc WHERE aid = NULL"));
            assertEquals(List.of(), rows(c, "SELECT aid FROM acc WHERE aid = ?::int", (Object) null));
            assertEquals(List.of("1|a  "), rows(c, "SELECT s, c FROM num WHERE n = 1.5000"));
            assertEquals(List.of("2|b  "), rows(c, "SELECT s, c FROM num WHERE s = 2::bigint"));
            assertEquals(List.of(), rows(c, "SELECT * FROM num WHERE s = 70000"));
            assertEquals(List.of("2"), rows(c, "SELECT v FROM pair WHERE a = ? AND b = ?", 1L, "y"));
            assertEquals(List.of("2"), rows(c, "SELECT v FROM pair WHERE a = ? AND b = ?", 1, "y"));
        }
    }

    @Test
    void updateAndDeleteUseTheIndex() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE dml (id int PRIMARY KEY, v int)");
            s.execute("INSERT INTO dml SELECT g, 0 FROM generate_series(1, 50) g");
            try (PreparedStatement ps = c.prepareStatement("UPDATE dml SET v = v + ? WHERE id = ?")) {
                for (int i = 0; i < 5; i++) {
                    ps.setInt(1, 2);
                    ps.setInt(2, 10);
                    assertEquals(1, ps.executeUpdate());
                }
            }
            assertEquals(List.of("10|10"), rows(c, "SELECT * FROM dml WHERE id = 10"));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dml WHERE id = ?")) {
                ps.setInt(1, 10);
                assertEquals(1, ps.executeUpdate());
                assertEquals(0, ps.executeUpdate());
            }
            assertEquals(List.of("49"), rows(c, "SELECT count(*) FROM dml"));
        }
    }

    /**
     * Random writes in several sessions (open transactions, rollbacks, savepoints, deletes, key changes),
     * comparing after each step what a lookup and a scan return, in every session.
     */
    @Test
    void lookupsEqualScansUnderConcurrentChanges() throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        List<Connection> cs = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                cs.add(connect());
            }
            try (Statement s = cs.get(0).createStatement()) {
                s.execute("CREATE TABLE mv (k int PRIMARY KEY, v int)");
                s.execute("INSERT INTO mv SELECT g, g FROM generate_series(1, 20) g");
            }
            cs.get(2).setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            cs.get(2).setAutoCommit(true);
            boolean[] open = new boolean[3];
            for (int step = 0; step < 300; step++) {
                int who = random.nextInt(3);
                Connection c = cs.get(who);
                int k = 1 + random.nextInt(25);
                if (who == 2) {
                    // a repeatable-read reader whose snapshot outlives the writers' commits
                    if (open[2]) {
                        c.commit();
                        c.setAutoCommit(true);
                    } else {
                        c.setAutoCommit(false);
                        rows(c, "SELECT count(*) FROM mv");
                    }
                    open[2] = !open[2];
                } else if (!open[1 - who]) { // writers take the table lock: one open writer at a time
                    try (Statement s = c.createStatement()) {
                        if (!open[who] && random.nextInt(3) == 0) {
                            c.setAutoCommit(false);
                            open[who] = true;
                        }
                        try {
                            switch (random.nextInt(8)) {
                                case 0 -> s.execute("UPDATE mv SET v = v + 1 WHERE k = " + k);
                                case 1 -> s.execute("DELETE FROM mv WHERE k = " + k);
                                case 2 -> s.execute("INSERT INTO mv VALUES (" + k + ", 0) ON CONFLICT DO NOTHING");
                                case 3 -> s.execute("UPDATE mv SET k = k + 30 WHERE k = " + k);
                                case 4 -> {
                                    if (open[who]) {
                                        s.execute("SAVEPOINT p");
                                        s.execute("UPDATE mv SET v = -1 WHERE k = " + k);
                                        s.execute("DELETE FROM mv WHERE k = " + (k + 1));
                                        s.execute("ROLLBACK TO SAVEPOINT p");
                                    }
                                }
                                case 5 -> {
                                    if (open[who]) {
                                        c.rollback();
                                        c.setAutoCommit(true);
                                        open[who] = false;
                                    }
                                }
                                case 6 -> {
                                    if (open[who]) {
                                        c.commit();
                                        c.setAutoCommit(true);
                                        open[who] = false;
                                    }
                                }
                                default -> s.execute("UPDATE mv SET k = k - 30 WHERE k = " + (k + 30));
                            }
                        } catch (SQLException e) {
                            // a key clash: give up this transaction
                            if (!c.getAutoCommit()) {
                                c.rollback();
                                c.setAutoCommit(true);
                            }
                            open[who] = false;
                        }
                    }
                }
                for (Connection reader : cs) {
                    for (int key = 0; key <= 56; key += 1 + random.nextInt(4)) {
                        assertEquals(
                                rows(reader, "SELECT k, v FROM mv WHERE k + 0 = ?", key),
                                rows(reader, "SELECT k, v FROM mv WHERE k = ?", key),
                                "step " + step + " key " + key);
                    }
                }
            }
        } finally {
            for (Connection c : cs) {
                c.close();
            }
        }
    }
}

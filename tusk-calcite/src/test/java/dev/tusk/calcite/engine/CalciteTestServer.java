package dev.tusk.calcite.engine;

import dev.tusk.server.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A Calcite engine behind a loopback server, and the row printing the pgjdbc tests of this package share. */
public final class CalciteTestServer implements AutoCloseable {
    private final CalciteEngine engine;
    private final PgServer server;

    private CalciteTestServer(CalciteEngine engine) {
        this.engine = engine;
        this.server = PgServer.builder()
                .host("127.0.0.1")
                .port(0)
                .engine(engine)
                .build()
                .start();
    }

    /** Starts a server on a fresh engine (an empty database) on a free loopback port. */
    public static CalciteTestServer start() {
        return new CalciteTestServer(new CalciteEngine());
    }

    public CalciteEngine engine() {
        return engine;
    }

    public int port() {
        return server.port();
    }

    /** A pgjdbc connection as user tusk. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk?user=tusk");
    }

    /** The rows of a query, each as its columns' text joined by {@code |} (null as "null"). */
    public static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
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

    @Override
    public void close() {
        server.close();
    }
}

package dev.tusk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads a large result with pgjdbc in binary transfer and prints rows per second, so client-side decoding cost
 * is the same for every server compared.
 *
 * <p>Usage: {@code JdbcScan host port user database [rows] [warmups] [timed]}. Autocommit is off and the fetch
 * size is 10000, so pgjdbc reads through a portal in batches and client memory stays bounded;
 * {@code binaryTransfer=true} with {@code prepareThreshold=-1} makes pgjdbc ask for binary results from the
 * first execution. Prints one line per timed run: {@code rows=N seconds=S rows_per_second=R}.
 */
public final class JdbcScan {
    private static final int FETCH_SIZE = 10_000;

    private JdbcScan() {}

    /** Runs the scan; see the class comment for arguments. */
    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: JdbcScan host port user database [rows] [warmups] [timed]");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String user = args[2];
        String database = args[3];
        long rows = args.length > 4 ? Long.parseLong(args[4]) : 1_000_000L;
        int warmups = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        int timed = args.length > 6 ? Integer.parseInt(args[6]) : 1;

        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("binaryTransfer", "true");
        props.setProperty("prepareThreshold", "-1");
        props.setProperty("sslmode", "disable");
        props.setProperty("connectTimeout", "10");
        props.setProperty("socketTimeout", "300");
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        String sql = "SELECT * FROM generate_series(1," + rows + ")";
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            for (int i = 0; i < warmups + timed; i++) {
                long start = System.nanoTime();
                long count = scan(c, sql);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (count != rows) {
                    throw new IllegalStateException("expected " + rows + " rows, read " + count);
                }
                if (i >= warmups) {
                    System.out.println(String.format(
                            Locale.ROOT, "rows=%d seconds=%.3f rows_per_second=%.0f", count, seconds, count / seconds));
                }
            }
        }
    }

    private static long scan(Connection c, String sql) throws SQLException {
        long count = 0;
        long sum = 0;
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getLong(1);
                    count++;
                }
            }
        }
        c.commit();
        if (sum != count * (count + 1) / 2) {
            throw new IllegalStateException("wrong values: sum " + sum + " for " + count + " rows");
        }
        return count;
    }
}

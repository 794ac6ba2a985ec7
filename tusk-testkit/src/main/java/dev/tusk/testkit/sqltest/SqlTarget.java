package dev.tusk.testkit.sqltest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * A server that conformance scripts run against over the wire with pgjdbc: each script gets a fresh, empty
 * database from {@link #freshDatabase()}, and each session of the script is one {@link Database#connect()}.
 */
public interface SqlTarget {

    /** The name in reports, e.g. {@code postgresql-15} or {@code tusk-calcite}. */
    String name();

    /** A fresh, empty database for one script; closing it drops it (or stops its server). */
    Database freshDatabase();

    /**
     * This target under another name, each of whose sessions first runs the given statements (for example
     * {@code SET enable_hashagg = off}); their answers are not compared.
     */
    default SqlTarget withSessionSetup(String newName, List<String> statements) {
        List<String> setup = List.copyOf(statements);
        SqlTarget base = this;
        return of(newName, () -> {
            Database db = base.freshDatabase();
            return new Database() {
                @Override
                public Connection connect() throws SQLException {
                    Connection c = db.connect();
                    try (Statement s = c.createStatement()) {
                        for (String sql : setup) {
                            s.execute(sql);
                        }
                    } catch (SQLException e) {
                        c.close();
                        throw e;
                    }
                    return c;
                }

                @Override
                public void close() {
                    db.close();
                }
            };
        });
    }

    /** A target from a name and a way to get a fresh database. */
    static SqlTarget of(String name, Supplier<Database> freshDatabase) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(freshDatabase, "freshDatabase");
        return new SqlTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Database freshDatabase() {
                return freshDatabase.get();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** A database of one script: a source of new pgjdbc sessions, dropped or stopped on close. */
    interface Database extends AutoCloseable {

        /** Opens a new session; the harness closes it before closing the database. */
        Connection connect() throws SQLException;

        /** Drops the database, or stops the server that held it. */
        @Override
        void close();

        /**
         * A database reached by a pgjdbc URL (no credentials in it) with a password login; {@code cleanup} runs
         * on close. Sessions are plain TCP with a 60 s socket timeout, so a hung server fails the script.
         */
        static Database jdbc(String url, String user, String password, Runnable cleanup) {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(cleanup, "cleanup");
            return new Database() {
                @Override
                public Connection connect() throws SQLException {
                    Properties props = new Properties();
                    props.setProperty("user", user);
                    props.setProperty("password", password);
                    props.setProperty("sslmode", "disable");
                    props.setProperty("preferQueryMode", "simple");
                    props.setProperty("connectTimeout", "20");
                    props.setProperty("socketTimeout", "60");
                    return DriverManager.getConnection(url, props);
                }

                @Override
                public void close() {
                    cleanup.run();
                }

                @Override
                public String toString() {
                    return url;
                }
            };
        }
    }
}

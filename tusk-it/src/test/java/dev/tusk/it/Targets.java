package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The servers every real-client test runs against; add a factory to {@link #all()} to add a server. */
public final class Targets {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Targets() {}

    /** A named way to open a fresh {@link ServerTarget}; its name shows in the test report. */
    public record Factory(String name, Supplier<Clients.Availability> availability, Supplier<ServerTarget> opener) {

        /** Skips (or in CI fails) when the server cannot run here, else opens a fresh target. */
        public ServerTarget open() {
            Clients.assumeAvailable(availability.get());
            return opener.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every target, as the argument source of the parameterized client tests. */
    public static Stream<Factory> all() {
        return Stream.of(postgres());
    }

    /** A fresh database in the JVM's shared throwaway PostgreSQL 15, dropped on close. */
    public static Factory postgres() {
        return new Factory("postgresql-15", Clients::postgresServer, Targets::openPostgres);
    }

    private static ServerTarget openPostgres() {
        PostgresInstance pg = PostgresInstance.shared();
        String db = "it_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        admin(pg, "CREATE DATABASE " + db);
        return new PostgresTarget(pg, db);
    }

    private static void admin(PostgresInstance pg, String sql) {
        Properties props = new Properties();
        props.setProperty("user", pg.user());
        props.setProperty("password", pg.password());
        props.setProperty("sslmode", "disable");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), props);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage() + "\n" + pg.logTail(), e);
        }
    }

    /** A database of its own in the shared PostgreSQL. */
    private record PostgresTarget(PostgresInstance pg, String database) implements ServerTarget {

        @Override
        public String host() {
            return pg.host();
        }

        @Override
        public int port() {
            return pg.port();
        }

        @Override
        public String user() {
            return pg.user();
        }

        @Override
        public String password() {
            return pg.password();
        }

        @Override
        public Optional<Path> sslRootCert() {
            return pg.rootCertificate();
        }

        @Override
        public String longRunningStatement() {
            return "SELECT pg_sleep(30)";
        }

        @Override
        public void close() {
            admin(pg, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}

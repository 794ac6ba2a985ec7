package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The servers every real-client test runs against; add a factory to {@link #all()} to add a server.
 *
 * <p>A new target is a static method returning a {@link Factory}: a name for the report, an availability check
 * (return {@link Clients.Availability#present} when it can always run) and an opener returning a fresh
 * {@link ServerTarget} whose database has no table {@code items} yet, and whose {@code close()} stops or
 * resets it. Listing it in {@link #all()} runs every client test against it too. The system property
 * {@code tusk.it.targets} (comma-separated names, e.g. {@code -Dtusk.it.targets=postgresql-15}) narrows a run.
 */
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
        String only = System.getProperty("tusk.it.targets", "").strip();
        List<String> names = only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*"));
        return Stream.of(postgres()).filter(f -> names.isEmpty() || names.contains(f.name()));
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

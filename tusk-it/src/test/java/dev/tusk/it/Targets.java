package dev.tusk.it;

import dev.tusk.calcite.engine.CalciteEngine;
import dev.tusk.cli.cert.DevCertificates;
import dev.tusk.examples.memory.MemoryEngine;
import dev.tusk.server.PgServer;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.auth.Authenticator;
import dev.tusk.server.auth.CredentialStore;
import dev.tusk.server.auth.Credentials.ScramVerifier;
import dev.tusk.server.tls.TlsConfig;
import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
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
        return Stream.of(postgres(), tusk()).filter(f -> names.isEmpty() || names.contains(f.name()));
    }

    /** A fresh database in the JVM's shared throwaway PostgreSQL 15, dropped on close. */
    public static Factory postgres() {
        return new Factory("postgresql-15", Clients::postgresServer, Targets::openPostgres);
    }

    /**
     * A fresh Tusk server on the in-memory example backend, in this JVM on a free loopback port, with
     * SCRAM-SHA-256 authentication and TLS from a freshly generated development CA; stopped on close.
     */
    public static Factory tusk() {
        return new Factory(
                "tusk",
                () -> Clients.Availability.present("Tusk (in this JVM)"),
                () -> openTusk(new MemoryEngine(), "tusk_it"));
    }

    /**
     * A fresh Tusk server on the Calcite engine ({@code tusk serve}'s default) with an empty database, set up as
     * {@link #tusk()} is (SCRAM-SHA-256, TLS); stopped on close.
     */
    public static Factory calcite() {
        return calcite("tusk_it");
    }

    /** {@link #calcite()} with another user name (the catalog tests log in as PostgreSQL's superuser's name). */
    public static Factory calcite(String user) {
        return new Factory(
                "tusk-calcite",
                () -> Clients.Availability.present("Tusk on Calcite (in this JVM)"),
                () -> openTusk(new CalciteEngine(), user));
    }

    /** PostgreSQL 15 and Tusk on Calcite: the targets of the client workloads that need a real SQL engine. */
    public static Stream<Factory> sqlEngines() {
        String only = System.getProperty("tusk.it.targets", "").strip();
        List<String> names = only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*"));
        return Stream.of(postgres(), calcite()).filter(f -> names.isEmpty() || names.contains(f.name()));
    }

    private static ServerTarget openTusk(QueryEngine engine, String user) {
        try {
            Path certs = Files.createTempDirectory("tusk-it-certs");
            DevCertificates.Result tls = DevCertificates.generate(certs, List.of());
            String password = "it-secret-" + DATABASES.incrementAndGet();
            ScramVerifier verifier =
                    ScramVerifier.fromPassword(password, ScramVerifier.DEFAULT_ITERATIONS, new SecureRandom());
            PgServer server = PgServer.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .engine(engine)
                    .authenticator(
                            Authenticator.scramSha256(CredentialStore.ofSecrets(Map.of(user, verifier.toString()))))
                    .tls(TlsConfig.fromPemFiles(tls.serverCertificateFile(), tls.serverKeyFile()))
                    .build()
                    .start();
            return new TuskTarget(server, user, password, tls.caCertificateFile(), certs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Tusk server of its own for one test, with its own certificates. */
    private record TuskTarget(PgServer server, String user, String password, Path caCertificate, Path certDir)
            implements ServerTarget {

        @Override
        public String host() {
            return "127.0.0.1";
        }

        @Override
        public int port() {
            return server.port();
        }

        @Override
        public String database() {
            return "tusk";
        }

        @Override
        public Optional<Path> sslRootCert() {
            return Optional.of(caCertificate);
        }

        @Override
        public String longRunningStatement() {
            return "SELECT pg_sleep(30)";
        }

        /** The example backend has no pg_catalog yet: postgres.js must not look up array types at connect. */
        @Override
        public Map<String, String> environment() {
            Map<String, String> env = new java.util.LinkedHashMap<>(ServerTarget.super.environment());
            env.put("TUSK_PGJS_FETCH_TYPES", "false");
            return env;
        }

        @Override
        public void close() {
            server.close();
            try (Stream<Path> files = Files.list(certDir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(certDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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

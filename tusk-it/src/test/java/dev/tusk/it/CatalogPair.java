package dev.tusk.it;

import dev.tusk.testkit.pg.PostgresInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The two servers a tool test compares: a reference database in PostgreSQL 15 and the subject (another PostgreSQL
 * 15 database, which proves the comparison itself, or Tusk on Calcite), both holding the shared catalog schema
 * {@code src/test/resources/catalog/schema.sql}. Both log in as the same user name (PostgreSQL's superuser) so that
 * owners print alike; the database names differ and the tests normalise them.
 */
final class CatalogPair implements AutoCloseable {

    /** The schema every catalog and tool test creates. */
    static final Path SCHEMA = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("src/test/resources/catalog/schema.sql")
            .normalize();

    /** The user name both sides log in as: the shared throwaway PostgreSQL's superuser. */
    private static final String USER = PostgresInstance.Options.defaults().user();

    /** Where the tool tests' known-failures files live. */
    static final Path KNOWN_DIR = ClientPrograms.DIR;

    final ServerTarget reference;
    final ServerTarget subject;
    final String subjectName;

    private CatalogPair(ServerTarget reference, ServerTarget subject, String subjectName) {
        this.reference = reference;
        this.subject = subject;
        this.subjectName = subjectName;
    }

    /** The subjects of every tool test: PostgreSQL 15 itself, then Tusk on Calcite ({@code -Dtusk.it.targets}). */
    static Stream<Targets.Factory> subjects() {
        String only = System.getProperty("tusk.it.targets", "").strip();
        List<String> names = only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*"));
        return Stream.of(Targets.postgres(), Targets.calcite(USER))
                .filter(f -> names.isEmpty() || names.contains(f.name()));
    }

    /** Whether the factory is PostgreSQL itself, where every check must pass. */
    static boolean isReference(Targets.Factory factory) {
        return factory.name().equals(Targets.postgres().name());
    }

    /**
     * Opens a reference database and the subject and creates the schema in both; each schema statement that fails on
     * the subject is a failed check {@code schema: FIRST LINE}.
     */
    static CatalogPair open(Targets.Factory factory, ToolChecks checks) {
        ServerTarget reference = Targets.postgres().open();
        ServerTarget subject;
        try {
            load(reference, null);
            subject = factory.open();
            if (!isReference(factory)) {
                // Tusk answers to any database name; its default equals the user name, which normalising would blur
                subject = new Renamed(subject, "catalog_subject");
            }
        } catch (RuntimeException e) {
            reference.close();
            throw e;
        }
        try {
            load(subject, checks);
        } catch (RuntimeException e) {
            subject.close();
            reference.close();
            throw e;
        }
        return new CatalogPair(reference, subject, factory.name());
    }

    /** The schema's statements (separated by ";" at the end of a line), without comment lines. */
    static List<String> statements() {
        String text;
        try {
            text = Files.readString(SCHEMA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("--") || (line.isBlank() && current.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** Runs the schema on a target; with checks, a failed statement is a failed check, without, an exception. */
    static void load(ServerTarget target, ToolChecks checks) {
        Set<String> names = new HashSet<>();
        try (Connection c = connect(target);
                Statement s = c.createStatement()) {
            for (String sql : statements()) {
                String first = sql.lines().findFirst().orElse(sql).strip();
                String check = "schema: " + (first.length() > 90 ? first.substring(0, 90) : first);
                for (int n = 2; !names.add(check); n++) {
                    check = check + " #" + n;
                }
                try {
                    s.execute(sql);
                    if (checks != null) {
                        checks.pass(check);
                    }
                } catch (SQLException e) {
                    if (checks == null) {
                        throw new IllegalStateException("schema statement failed on the reference: " + sql, e);
                    }
                    checks.fail(check, e.getSQLState() + " " + e.getMessage(), sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + target.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** A pgjdbc connection to a target, without TLS. */
    static Connection connect(ServerTarget target) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        props.setProperty("password", target.password());
        props.setProperty("sslmode", "disable");
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }

    /** The libpq environment of a side for psql and pg_dump: its connection, LC_ALL=C, PGTZ=UTC, UTF8, no pager. */
    static Map<String, String> environment(ServerTarget target) {
        Map<String, String> env = new LinkedHashMap<>(target.environment());
        env.put("LC_ALL", "C");
        env.put("PGTZ", "UTC");
        env.put("PGCLIENTENCODING", "UTF8");
        env.put("PAGER", "cat");
        env.put("PSQL_PAGER", "cat");
        return env;
    }

    /** A target reached under another database name. */
    private record Renamed(ServerTarget inner, String database) implements ServerTarget {
        @Override
        public String host() {
            return inner.host();
        }

        @Override
        public int port() {
            return inner.port();
        }

        @Override
        public String user() {
            return inner.user();
        }

        @Override
        public String password() {
            return inner.password();
        }

        @Override
        public Optional<Path> sslRootCert() {
            return inner.sslRootCert();
        }

        @Override
        public String longRunningStatement() {
            return inner.longRunningStatement();
        }

        @Override
        public Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>(inner.environment());
            env.put("PGDATABASE", database);
            return env;
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Override
    public void close() {
        try {
            subject.close();
        } finally {
            reference.close();
        }
    }
}

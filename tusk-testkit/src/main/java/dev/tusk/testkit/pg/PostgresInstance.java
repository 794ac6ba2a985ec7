package dev.tusk.testkit.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A throwaway real PostgreSQL 15 server in a temporary directory, for differential and client tests. */
public final class PostgresInstance implements AutoCloseable {

    /** The unprivileged operating-system user the server runs as when the JVM runs as root. */
    public static final String UNPRIVILEGED_USER = "tusk-pg";

    /** How to install the server binaries, quoted in the exception thrown when they are missing. */
    public static final String INSTALL_HINT =
            "PostgreSQL 15 server binaries not found (looked for initdb, pg_ctl and postgres via pg_config --bindir,"
                    + " /usr/lib/postgresql/15/bin and /usr/local/bin). Install them with:"
                    + " sudo apt-get install -y postgresql-15 postgresql-client (Debian/Ubuntu), or set TUSK_PG_BINDIR.";

    private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(60);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static PostgresInstance shared;

    private final Options options;
    private final Path binDir;
    private final Path dir;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final Optional<String> runAs;
    private final Optional<Path> rootCert;
    private final Thread shutdownHook;
    private boolean closed;

    /** Settings for a new instance; {@link #defaults()} then {@code with...} methods. */
    public record Options(
            String user,
            String password,
            String database,
            int maxConnections,
            String sharedBuffers,
            String hostAuthMethod,
            boolean tls,
            Map<String, String> extraSettings) {

        /** Superuser {@code tusk}, database {@code postgres}, 1100 connections, SCRAM over TCP, TLS if possible. */
        public static Options defaults() {
            return new Options("tusk", "tusk-secret", "postgres", 1100, "32MB", "scram-sha-256", true, Map.of());
        }

        /** These options with another maximum number of connections. */
        public Options withMaxConnections(int n) {
            return new Options(user, password, database, n, sharedBuffers, hostAuthMethod, tls, extraSettings);
        }

        /** These options with another pg_hba method for TCP connections: scram-sha-256, md5 or trust. */
        public Options withHostAuthMethod(String method) {
            return new Options(user, password, database, maxConnections, sharedBuffers, method, tls, extraSettings);
        }

        /** These options with TLS enabled or disabled. */
        public Options withTls(boolean enabled) {
            return new Options(
                    user, password, database, maxConnections, sharedBuffers, hostAuthMethod, enabled, extraSettings);
        }

        /** These options with another superuser name and password. */
        public Options withCredentials(String newUser, String newPassword) {
            return new Options(
                    newUser, newPassword, database, maxConnections, sharedBuffers, hostAuthMethod, tls, extraSettings);
        }

        /** These options with extra postgresql.conf settings. */
        public Options withSettings(Map<String, String> settings) {
            Map<String, String> merged = new HashMap<>(extraSettings);
            merged.putAll(settings);
            return new Options(
                    user, password, database, maxConnections, sharedBuffers, hostAuthMethod, tls, Map.copyOf(merged));
        }
    }

    private PostgresInstance(Options options, Path binDir, Path dir, int port, Optional<String> runAs, boolean tls)
            throws IOException {
        this.options = options;
        this.binDir = binDir;
        this.dir = dir;
        this.dataDir = dir.resolve("data");
        this.logFile = dir.resolve("postgres.log");
        this.port = port;
        this.runAs = runAs;
        this.rootCert = tls ? Optional.of(dir.resolve("root.crt")) : Optional.empty();
        this.shutdownHook = new Thread(this::stopQuietly, "tusk-pg-shutdown-" + port);
    }

    /** Starts a new instance with {@link Options#defaults()}. */
    public static PostgresInstance start() {
        return start(Options.defaults());
    }

    /** Starts a new instance; throws {@link IllegalStateException} with {@link #INSTALL_HINT} if PostgreSQL is missing. */
    public static PostgresInstance start(Options options) {
        Path binDir = findBinDir().orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
        Optional<String> runAs = isRoot() ? Optional.of(ensureUnprivilegedUser()) : Optional.empty();
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            PostgresInstance instance = null;
            try {
                Path dir = Files.createTempDirectory("tusk-pg-");
                boolean tls = options.tls() && Clients.onPath("openssl").isPresent();
                instance = new PostgresInstance(options, binDir, dir, freePort(), runAs, tls);
                instance.initAndStart();
                Runtime.getRuntime().addShutdownHook(instance.shutdownHook);
                return instance;
            } catch (IOException e) {
                last = new IllegalStateException("could not start PostgreSQL: " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                last = e;
            }
            if (instance != null) {
                instance.stopQuietly();
            }
        }
        throw last;
    }

    /** One instance per JVM, started on first use and stopped by a shutdown hook. */
    public static synchronized PostgresInstance shared() {
        if (shared == null || shared.closed) {
            shared = start();
        }
        return shared;
    }

    /** Whether PostgreSQL server binaries are installed on this machine. */
    public static boolean isInstalled() {
        return findBinDir().isPresent();
    }

    /** The directory holding initdb, pg_ctl and postgres, if PostgreSQL is installed. */
    public static Optional<Path> findBinDir() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("TUSK_PG_BINDIR");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of("/usr/lib/postgresql/15/bin"));
        Optional<Path> pgConfig = Clients.onPath("pg_config");
        if (pgConfig.isPresent()) {
            Clients.Result r =
                    Clients.run(List.of(pgConfig.get().toString(), "--bindir"), Map.of(), null, Duration.ofSeconds(20));
            if (r.exitCode() == 0 && !r.stdout().isBlank()) {
                candidates.add(Path.of(r.stdout().strip()));
            }
        }
        candidates.add(Path.of("/usr/local/bin"));
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        return candidates.stream()
                .filter(d -> Files.isExecutable(d.resolve("initdb"))
                        && Files.isExecutable(d.resolve("pg_ctl"))
                        && Files.isExecutable(d.resolve("postgres")))
                .findFirst();
    }

    private void initAndStart() throws IOException {
        Path pwFile = dir.resolve("pwfile");
        Files.writeString(pwFile, options.password() + "\n", StandardCharsets.UTF_8);
        if (runAs.isPresent()) {
            exec(List.of("chown", "-R", runAs.get(), dir.toString()), false, "chown");
        }
        exec(
                List.of(
                        bin("initdb"),
                        "-D",
                        dataDir.toString(),
                        "-U",
                        options.user(),
                        "--pwfile=" + pwFile,
                        "-E",
                        "UTF8",
                        "--no-locale",
                        "--auth-local=trust",
                        "--auth-host=" + options.hostAuthMethod(),
                        "--no-sync"),
                true,
                "initdb");
        Files.deleteIfExists(pwFile);
        if (rootCert.isPresent()) {
            exec(
                    List.of(
                            "openssl",
                            "req",
                            "-x509",
                            "-newkey",
                            "rsa:2048",
                            "-nodes",
                            "-days",
                            "2",
                            "-subj",
                            "/CN=localhost",
                            "-addext",
                            "subjectAltName=DNS:localhost,IP:127.0.0.1",
                            "-keyout",
                            dataDir.resolve("server.key").toString(),
                            "-out",
                            dataDir.resolve("server.crt").toString()),
                    true,
                    "openssl");
            exec(List.of("chmod", "600", dataDir.resolve("server.key").toString()), true, "chmod");
            Files.copy(dataDir.resolve("server.crt"), rootCert.get());
        }
        StringBuilder conf = new StringBuilder("\n# tusk-testkit\n");
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("listen_addresses", "'127.0.0.1'");
        settings.put("port", Integer.toString(port));
        settings.put("unix_socket_directories", "'" + dir + "'");
        settings.put("fsync", "off");
        settings.put("synchronous_commit", "off");
        settings.put("full_page_writes", "off");
        settings.put("max_connections", Integer.toString(options.maxConnections()));
        settings.put("shared_buffers", "'" + options.sharedBuffers() + "'");
        settings.put("password_encryption", "'scram-sha-256'");
        settings.put("logging_collector", "off");
        settings.put("log_min_messages", "warning");
        settings.put("timezone", "'UTC'");
        if (rootCert.isPresent()) {
            settings.put("ssl", "on");
            settings.put("ssl_cert_file", "'server.crt'");
            settings.put("ssl_key_file", "'server.key'");
        }
        options.extraSettings().forEach(settings::put);
        settings.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
        appendAsOwner(dataDir.resolve("postgresql.conf"), conf.toString());
        // TCP only from loopback; the method configured covers both plain and TLS connections.
        String hba = "local all all trust\n"
                + "host all all 127.0.0.1/32 " + options.hostAuthMethod() + "\n"
                + "host all all ::1/128 " + options.hostAuthMethod() + "\n";
        Files.writeString(dataDir.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
        if (runAs.isPresent()) {
            exec(List.of("chown", "-R", runAs.get(), dir.toString()), false, "chown");
        }
        Clients.Result started = exec(
                List.of(bin("pg_ctl"), "start", "-D", dataDir.toString(), "-l", logFile.toString(), "-w", "-t", "60"),
                true,
                null);
        if (started.exitCode() != 0) {
            throw new IllegalStateException("pg_ctl start failed (exit " + started.exitCode() + "):\n"
                    + started.stdout() + started.stderr() + "\nserver log tail:\n" + logTail());
        }
        awaitReady();
    }

    private void appendAsOwner(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_DEADLINE.toNanos();
        Optional<Path> isReady = Files.isExecutable(binDir.resolve("pg_isready"))
                ? Optional.of(binDir.resolve("pg_isready"))
                : Clients.onPath("pg_isready");
        while (System.nanoTime() < deadline) {
            boolean ready;
            if (isReady.isPresent()) {
                ready = Clients.run(
                                        List.of(
                                                isReady.get().toString(),
                                                "-h",
                                                host(),
                                                "-p",
                                                Integer.toString(port),
                                                "-d",
                                                options.database()),
                                        Map.of(),
                                        null,
                                        Duration.ofSeconds(10))
                                .exitCode()
                        == 0;
            } else {
                ready = canConnect();
            }
            if (ready) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("PostgreSQL did not become ready on port " + port + " within "
                + STARTUP_DEADLINE.toSeconds() + "s; server log tail:\n" + logTail());
    }

    private boolean canConnect() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of the server log, for failure messages. */
    public String logTail() {
        try {
            if (!Files.exists(logFile)) {
                return "(no server log)";
            }
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(server log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The loopback address the server listens on. */
    public String host() {
        return "127.0.0.1";
    }

    /** The TCP port the server listens on. */
    public int port() {
        return port;
    }

    /** The superuser's name. */
    public String user() {
        return options.user();
    }

    /** The superuser's password (SCRAM over TCP by default). */
    public String password() {
        return options.password();
    }

    /** The default database. */
    public String database() {
        return options.database();
    }

    /** The directory holding the server's Unix-domain socket. */
    public Path socketDirectory() {
        return dir;
    }

    /** The self-signed certificate the server presents, when TLS is on (openssl was found). */
    public Optional<Path> rootCertificate() {
        return rootCert;
    }

    /** A pgjdbc URL for the default database, without credentials. */
    public String jdbcUrl() {
        return jdbcUrl(options.database());
    }

    /** A pgjdbc URL for the given database, without credentials. */
    public String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + db;
    }

    /** Runs SQL in the default database with psql and returns its unaligned, tuples-only output. */
    public String psql(String sql) {
        return psql(options.database(), sql);
    }

    /** Runs SQL in the given database with psql; throws with psql's messages if it fails. */
    public String psql(String db, String sql) {
        Path psql = Files.isExecutable(binDir.resolve("psql"))
                ? binDir.resolve("psql")
                : Clients.onPath("psql").orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
        Map<String, String> env = Map.of("PGPASSWORD", options.password(), "PGCONNECT_TIMEOUT", "10");
        Clients.Result r = Clients.run(
                List.of(
                        psql.toString(),
                        "-X",
                        "-q",
                        "-A",
                        "-t",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-h",
                        host(),
                        "-p",
                        Integer.toString(port),
                        "-U",
                        options.user(),
                        "-d",
                        db,
                        "-c",
                        sql),
                env,
                null,
                COMMAND_TIMEOUT);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("psql failed (exit " + r.exitCode() + ") for: " + sql + "\n" + r.stderr());
        }
        return r.stdout();
    }

    /** Stops the server immediately and deletes its directory; safe to call twice. */
    @Override
    public synchronized void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
    }

    private synchronized void stopQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                exec(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "immediate", "-w"), true, null);
            } catch (RuntimeException e) {
                // best effort: the directory is removed below either way
            }
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // leave what cannot be removed
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // leave what cannot be removed
        }
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    /** Runs a command, as the unprivileged user when asked and the JVM is root; throws if {@code what} is set and it fails. */
    private Clients.Result exec(List<String> command, boolean unprivileged, String what) {
        List<String> full = new ArrayList<>();
        if (unprivileged && runAs.isPresent()) {
            full.addAll(List.of("runuser", "-u", runAs.get(), "--"));
        }
        full.addAll(command);
        Clients.Result r = Clients.run(full, Map.of("LC_ALL", "C", "LANG", "C"), dir, COMMAND_TIMEOUT);
        if (what != null && r.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + r.exitCode() + "): " + String.join(" ", full)
                    + "\n" + r.stdout() + r.stderr());
        }
        return r;
    }

    private static boolean isRoot() {
        Clients.Result r = Clients.run(List.of("id", "-u"), Map.of(), null, Duration.ofSeconds(10));
        return r.exitCode() == 0 && r.stdout().strip().equals("0");
    }

    private static synchronized String ensureUnprivilegedUser() {
        Duration t = Duration.ofSeconds(30);
        if (Clients.run(List.of("id", "-u", UNPRIVILEGED_USER), Map.of(), null, t)
                        .exitCode()
                == 0) {
            return UNPRIVILEGED_USER;
        }
        Clients.Result r = Clients.run(
                List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", UNPRIVILEGED_USER),
                Map.of(),
                null,
                t);
        if (r.exitCode() == 0
                || Clients.run(List.of("id", "-u", UNPRIVILEGED_USER), Map.of(), null, t)
                                .exitCode()
                        == 0) {
            return UNPRIVILEGED_USER;
        }
        if (Clients.run(List.of("id", "-u", "nobody"), Map.of(), null, t).exitCode() == 0) {
            return "nobody";
        }
        throw new IllegalStateException("running as root and could not create the unprivileged user "
                + UNPRIVILEGED_USER + ": " + r.stderr().strip().toLowerCase(Locale.ROOT));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}

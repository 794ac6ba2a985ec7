package dev.tusk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of {@code tusk serve}, from a properties file ({@code --config}) overridden by flags.
 *
 * @param host the address to listen on
 * @param port the TCP port (0 picks a free one)
 * @param user the user clients connect as (and the database in the printed connection string)
 * @param password the password, or null for trust authentication
 * @param tlsCert the PEM certificate chain, or null for no TLS
 * @param tlsKey the PEM private key, or null
 * @param requireTls whether clients must use TLS
 * @param auth trust, password, md5 or scram-sha-256
 * @param help whether --help was given
 * @param engine the SQL engine: calcite (the default) or memory (the small example backend)
 * @param demo whether to load the demo dataset (customers, products, orders, order_items) at start
 */
public record ServeOptions(
        String host,
        int port,
        String user,
        String password,
        Path tlsCert,
        Path tlsKey,
        boolean requireTls,
        String auth,
        boolean help,
        String engine,
        boolean demo) {

    /** The options with the default engine and no demo dataset. */
    public ServeOptions(
            String host,
            int port,
            String user,
            String password,
            Path tlsCert,
            Path tlsKey,
            boolean requireTls,
            String auth,
            boolean help) {
        this(host, port, user, password, tlsCert, tlsKey, requireTls, auth, help, "calcite", false);
    }

    /** The keys of the configuration file, which are also the flag names without "--". */
    public static final List<String> KEYS =
            List.of("host", "port", "user", "password", "tls-cert", "tls-key", "require-tls", "auth", "engine", "demo");

    /** The engines accepted by --engine. */
    public static final List<String> ENGINES = List.of("calcite", "memory");

    /** The authentication methods accepted by --auth. */
    public static final List<String> AUTH_METHODS = List.of("trust", "password", "md5", "scram-sha-256");

    /** Parses the arguments after {@code serve}, reading {@code --config FILE} first if given. */
    public static ServeOptions parse(String[] args) throws UsageException {
        Map<String, String> flags = new LinkedHashMap<>();
        String config = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("require-tls") || name.equals("demo")) {
                flags.put(name, value == null ? "true" : value);
                continue;
            }
            if (!name.equals("config") && !KEYS.contains(name)) {
                throw new UsageException("unknown option: --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (name.equals("config")) {
                config = value;
            } else {
                flags.put(name, value);
            }
        }
        Map<String, String> merged = new LinkedHashMap<>();
        if (config != null) {
            merged.putAll(readConfig(config));
        }
        merged.putAll(flags);
        return fromMap(merged, help);
    }

    /** Reads a properties file (UTF-8) whose keys must be among {@link #KEYS}. */
    static Map<String, String> readConfig(String file) throws UsageException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new UsageException("configuration file not found: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UsageException(
                        "unknown key in " + file + ": " + key + " (known: " + String.join(", ", KEYS) + ")");
            }
            out.put(key, p.getProperty(key).strip());
        }
        return out;
    }

    private static ServeOptions fromMap(Map<String, String> m, boolean help) throws UsageException {
        String host = m.getOrDefault("host", "127.0.0.1");
        if (host.isEmpty()) {
            throw new UsageException("--host must not be empty");
        }
        int port = port(m.getOrDefault("port", "5432"));
        String user = m.getOrDefault("user", "tusk");
        if (user.isEmpty()) {
            throw new UsageException("--user must not be empty");
        }
        String password = m.get("password");
        if (password != null && password.isEmpty()) {
            throw new UsageException("--password must not be empty (leave it out for trust authentication)");
        }
        Path cert = path(m.get("tls-cert"), "tls-cert");
        Path key = path(m.get("tls-key"), "tls-key");
        if ((cert == null) != (key == null)) {
            throw new UsageException("--tls-cert and --tls-key go together");
        }
        boolean requireTls = bool(m.getOrDefault("require-tls", "false"), "require-tls");
        if (requireTls && cert == null) {
            throw new UsageException("--require-tls needs --tls-cert and --tls-key");
        }
        String auth = m.get("auth");
        if (auth == null) {
            auth = password == null ? "trust" : "scram-sha-256";
        } else {
            auth = auth.toLowerCase(Locale.ROOT);
            if (!AUTH_METHODS.contains(auth)) {
                throw new UsageException("--auth must be one of " + String.join(", ", AUTH_METHODS) + ", not " + auth);
            }
            if (!auth.equals("trust") && password == null) {
                throw new UsageException("--auth " + auth + " needs --password");
            }
        }
        String engine = m.getOrDefault("engine", "calcite").toLowerCase(Locale.ROOT);
        if (!ENGINES.contains(engine)) {
            throw new UsageException("--engine must be one of " + String.join(", ", ENGINES) + ", not " + engine);
        }
        boolean demo = bool(m.getOrDefault("demo", "false"), "demo");
        if (demo && !engine.equals("calcite")) {
            throw new UsageException("--demo needs the calcite engine");
        }
        return new ServeOptions(host, port, user, password, cert, key, requireTls, auth, help, engine, demo);
    }

    private static int port(String s) throws UsageException {
        try {
            int p = Integer.parseInt(s.strip());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 1 to 65535, not " + s);
        }
    }

    private static Path path(String s, String name) throws UsageException {
        if (s == null) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new UsageException("--" + name + ": not a valid path: " + s);
        }
    }

    private static boolean bool(String s, String name) throws UsageException {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new UsageException("--" + name + " must be true or false, not " + s);
        };
    }

    /** Hides the password in logs and test failures. */
    @Override
    public String toString() {
        return "ServeOptions[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", tlsCert=" + tlsCert + ", tlsKey=" + tlsKey
                + ", requireTls=" + requireTls + ", auth=" + auth + ", engine=" + engine + ", demo=" + demo + "]";
    }
}

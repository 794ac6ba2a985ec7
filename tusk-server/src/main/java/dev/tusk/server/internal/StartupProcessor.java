package dev.tusk.server.internal;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.AuthenticationOk;
import dev.tusk.protocol.backend.BackendKeyData;
import dev.tusk.protocol.backend.NegotiateProtocolVersion;
import dev.tusk.protocol.backend.ParameterStatus;
import dev.tusk.protocol.frontend.StartupMessage;
import dev.tusk.server.PgServerConfig;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.auth.AuthRequest;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The startup phase after the StartupMessage, as PostgreSQL 18 runs it: protocol negotiation (3.0 to 3.2,
 * NegotiateProtocolVersion for newer minors and {@code _pq_.} options), the checks on user, replication,
 * encryption and connection count, authentication, the session's settings, ParameterStatus, BackendKeyData,
 * and opening the engine's session.
 */
final class StartupProcessor {
    /** The newest protocol minor version the server speaks (3.2). */
    static final int NEWEST_MINOR = 2;

    private StartupProcessor() {}

    /** Runs the startup; returns the ready session or throws a FATAL {@link PgException}. */
    static QueryDispatcher run(Connection conn, StartupMessage startup, Runnable wakeForNotifications)
            throws InterruptedException {
        ServerRuntime runtime = conn.runtime();
        PgServerConfig config = runtime.config();
        int requestedMinor = ProtocolVersion.minor(startup.protocolVersion());
        int minor = Math.min(requestedMinor, NEWEST_MINOR);
        Map<String, String> params = startup.parameters();

        List<String> unrecognized = new ArrayList<>();
        for (String name : params.keySet()) {
            if (name.startsWith("_pq_.")) {
                unrecognized.add(name);
            }
        }
        if (requestedMinor > NEWEST_MINOR || !unrecognized.isEmpty()) {
            conn.outbound().sendNow(new NegotiateProtocolVersion(NEWEST_MINOR, unrecognized));
        }

        String user = params.get("user");
        if (user == null || user.isEmpty()) {
            throw ErrorResponses.fatal(
                    SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet");
        }
        String database = params.getOrDefault("database", "");
        if (database.isEmpty()) {
            database = user;
        }
        checkReplication(params.get("replication"));
        InetSocketAddress remote = conn.remoteAddress();
        if (config.requireTls() && !conn.isSecure()) {
            String host = remote == null ? "[local]" : remote.getAddress().getHostAddress();
            throw ErrorResponses.fatal(
                    SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no pg_hba.conf entry for host \"" + host + "\", user \"" + user + "\", database \"" + database
                            + "\", no encryption");
        }
        if (!runtime.admitSession() || runtime.isShuttingDown()) {
            throw runtime.isShuttingDown()
                    ? ErrorResponses.fatal(SqlState.CANNOT_CONNECT_NOW, "the database system is shutting down")
                    : ErrorResponses.fatal(SqlState.TOO_MANY_CONNECTIONS, "sorry, too many clients already");
        }

        AuthenticationDriver.authenticate(
                conn, config.authenticator(), new AuthRequest(user, database, remote, conn.serverCertificate()));
        conn.markAuthenticated();

        SessionSettings settings = initialSettings(config, user);
        try {
            for (Map.Entry<String, String> e : params.entrySet()) {
                String name = e.getKey();
                if (!isSpecial(name)) {
                    settings.set(name, e.getValue());
                }
            }
            for (Map.Entry<String, String> e :
                    StartupOptions.parse(params.get("options")).entrySet()) {
                settings.set(e.getKey(), e.getValue());
            }
        } catch (PgException e) {
            throw ErrorResponses.isFatal(e)
                    ? e
                    : PgException.builder(e.sqlState(), e.getMessage())
                            .detail(e.detail())
                            .fatal()
                            .build();
        }

        CancelRegistry cancels = runtime.cancels();
        int pid = cancels.allocateProcessId();
        byte[] secret = cancels.newSecret(minor >= 2 ? 32 : 4);
        Session session = new Session(
                pid,
                secret,
                user,
                database,
                params,
                remote,
                conn.isSecure(),
                minor,
                settings,
                runtime.hub(),
                wakeForNotifications);
        session.attach(conn.mailbox());
        cancels.register(session);
        try {
            conn.outbound().sendNow(AuthenticationOk.INSTANCE);
            for (ParameterStatus p : settings.allReported()) {
                conn.outbound().sendNow(p);
            }
            conn.outbound().sendNow(new BackendKeyData(pid, secret));
            QuerySession querySession;
            try {
                querySession = config.engine().openSession(session);
            } catch (PgException e) {
                throw ErrorResponses.isFatal(e)
                        ? e
                        : PgException.builder(e.sqlState(), e.getMessage())
                                .detail(e.detail())
                                .hint(e.hint())
                                .fatal()
                                .build();
            }
            if (querySession == null) {
                throw new IllegalStateException("QueryEngine.openSession returned null");
            }
            return new QueryDispatcher(conn, session, querySession, config.protocolHandler());
        } catch (RuntimeException e) {
            cancels.unregister(session);
            throw e;
        }
    }

    private static boolean isSpecial(String name) {
        return switch (name) {
            case "user", "database", "options", "replication" -> true;
            default -> name.startsWith("_pq_.");
        };
    }

    private static void checkReplication(String value) {
        if (value == null) {
            return;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "false", "off", "no", "0", "f", "n" -> {}
            case "true", "on", "yes", "1", "t", "y", "database" ->
                throw ErrorResponses.fatal(
                        SqlState.FEATURE_NOT_SUPPORTED, "replication connections are not supported by this server");
            default ->
                throw PgException.builder(
                                SqlState.INVALID_PARAMETER_VALUE,
                                "invalid value for parameter \"replication\": \"" + value + "\"")
                        .hint("Valid values are: \"false\", 0, \"true\", 1, \"database\".")
                        .fatal()
                        .build();
        }
    }

    private static SessionSettings initialSettings(PgServerConfig config, String user) {
        SessionSettings s = new SessionSettings();
        s.define("application_name", "");
        s.define("client_encoding", "UTF8");
        s.define("DateStyle", "ISO, MDY");
        s.define("default_transaction_read_only", "off");
        s.define("in_hot_standby", "off");
        s.define("integer_datetimes", "on");
        s.define("IntervalStyle", "postgres");
        s.define("is_superuser", "on");
        s.define("scram_iterations", "4096");
        s.define("server_encoding", "UTF8");
        s.define("server_version", PgServerConfig.DEFAULT_SERVER_VERSION);
        s.define("session_authorization", user);
        s.define("standard_conforming_strings", "on");
        s.define("TimeZone", "UTC");
        s.define("extra_float_digits", "1");
        s.define("bytea_output", "hex");
        s.define("statement_timeout", "0");
        for (Map.Entry<String, String> e : config.defaultSettings().entrySet()) {
            s.define(e.getKey(), e.getValue()); // the embedder may define settings PostgreSQL lacks
        }
        return s;
    }
}

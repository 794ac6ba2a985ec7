package dev.tusk.server;

import dev.tusk.server.api.ProtocolHandler;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.auth.Authenticator;
import dev.tusk.server.tls.TlsConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that configures a {@link PgServer}, immutable. Build one with {@link PgServer#builder()}.
 *
 * @param host the address to listen on ("127.0.0.1", "0.0.0.0", "::", a host name)
 * @param port the TCP port; 0 picks a free one
 * @param engine the data-level handler
 * @param protocolHandler the message-level hooks ({@link ProtocolHandler#STANDARD} by default)
 * @param authenticator how clients prove who they are
 * @param tls TLS certificate and key, or null for no TLS
 * @param requireTls whether a client that does not negotiate TLS is refused
 * @param maxMessageSize the largest frontend message accepted, in bytes
 * @param authenticationTimeout how long a client may take from connecting to finishing authentication
 * @param shutdownGracePeriod how long running statements may go on after {@link PgServer#close()} begins
 * @param maxConnections the most connections at once; more are refused with 53300
 * @param defaultSettings the initial session settings (server_version, TimeZone, ...), overridable per
 *     connection by startup options
 */
public record PgServerConfig(
        String host,
        int port,
        QueryEngine engine,
        ProtocolHandler protocolHandler,
        Authenticator authenticator,
        TlsConfig tls,
        boolean requireTls,
        int maxMessageSize,
        Duration authenticationTimeout,
        Duration shutdownGracePeriod,
        int maxConnections,
        Map<String, String> defaultSettings) {

    /** The server_version reported by default: the PostgreSQL release whose behaviour Tusk follows. */
    public static final String DEFAULT_SERVER_VERSION = "15.0";

    public PgServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(protocolHandler, "protocolHandler");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(authenticationTimeout, "authenticationTimeout");
        Objects.requireNonNull(shutdownGracePeriod, "shutdownGracePeriod");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxMessageSize < 1024) {
            throw new IllegalArgumentException("maxMessageSize must be at least 1024 bytes");
        }
        if (requireTls && tls == null) {
            throw new IllegalArgumentException("requireTls needs a TLS configuration");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive");
        }
        defaultSettings = Map.copyOf(new LinkedHashMap<>(defaultSettings));
    }
}

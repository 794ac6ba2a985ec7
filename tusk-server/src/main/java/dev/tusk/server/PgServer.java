package dev.tusk.server;

import dev.tusk.server.api.ProtocolHandler;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.auth.Authenticator;
import dev.tusk.server.tls.TlsConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL wire-protocol server around a {@link QueryEngine}. Embed it in a few lines:
 *
 * <pre>{@code
 * try (PgServer server = PgServer.builder().port(5432).engine(myEngine).build().start()) {
 *     server.awaitTermination();
 * }
 * }</pre>
 */
public final class PgServer implements AutoCloseable {

    private final PgServerConfig config;
    private final dev.tusk.server.internal.ServerRuntime runtime;

    private PgServer(PgServerConfig config) {
        this.config = config;
        this.runtime = new dev.tusk.server.internal.ServerRuntime(config);
    }

    /** Starts building a server. */
    public static Builder builder() {
        return new Builder();
    }

    /** A server with this configuration, not yet started. */
    public static PgServer create(PgServerConfig config) {
        return new PgServer(config);
    }

    /** The configuration. */
    public PgServerConfig config() {
        return config;
    }

    /**
     * Binds the port and starts accepting connections.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    public PgServer start() {
        runtime.start();
        return this;
    }

    /** The address the server listens on (with the real port when 0 was configured). */
    public InetSocketAddress address() {
        return runtime.address();
    }

    /** The port the server listens on. */
    public int port() {
        return address().getPort();
    }

    /** The number of open client connections. */
    public int connectionCount() {
        return runtime.connectionCount();
    }

    /** Sends a notification to every session listening on the channel, as NOTIFY does (sender PID 0). */
    public void notify(String channel, String payload) {
        runtime.notify(channel, payload);
    }

    /** Blocks until the server has stopped. */
    public void awaitTermination() throws InterruptedException {
        runtime.awaitTermination();
    }

    /**
     * Shuts down gracefully: stops accepting connections, lets running statements finish for the grace
     * period, then ends every session with FATAL 57P01 and closes the connections. Blocks until done.
     */
    @Override
    public void close() {
        runtime.shutdown();
    }

    /** Builds a {@link PgServer}; every setting has a sensible default except the engine. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 5432;
        private QueryEngine engine;
        private ProtocolHandler protocolHandler = ProtocolHandler.STANDARD;
        private Authenticator authenticator = Authenticator.trust();
        private TlsConfig tls;
        private boolean requireTls;
        private int maxMessageSize = 256 * 1024 * 1024;
        private Duration authenticationTimeout = Duration.ofSeconds(60);
        private Duration shutdownGracePeriod = Duration.ofSeconds(10);
        private int maxConnections = 10_000;
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder() {}

        /** The address to listen on; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; default 5432; 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The data-level handler (required). */
        public Builder engine(QueryEngine engine) {
            this.engine = engine;
            return this;
        }

        /** Message-level hooks; default {@link ProtocolHandler#STANDARD}. */
        public Builder protocolHandler(ProtocolHandler handler) {
            this.protocolHandler = handler;
            return this;
        }

        /** How clients authenticate; default trust (no password). */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = authenticator;
            return this;
        }

        /** Enables TLS (SSLRequest and PostgreSQL 17's direct TLS). */
        public Builder tls(TlsConfig tls) {
            this.tls = tls;
            return this;
        }

        /** Refuses clients that do not use TLS; needs {@link #tls(TlsConfig)}. */
        public Builder requireTls(boolean requireTls) {
            this.requireTls = requireTls;
            return this;
        }

        /** The largest frontend message accepted; default 256 MiB. Larger ones end the connection with 54000. */
        public Builder maxMessageSize(int bytes) {
            this.maxMessageSize = bytes;
            return this;
        }

        /** How long a client may take to authenticate; default 60 s (PostgreSQL's authentication_timeout). */
        public Builder authenticationTimeout(Duration timeout) {
            this.authenticationTimeout = timeout;
            return this;
        }

        /** How long running statements may go on once shutdown begins; default 10 s. */
        public Builder shutdownGracePeriod(Duration grace) {
            this.shutdownGracePeriod = grace;
            return this;
        }

        /** The most connections at once; default 10,000. */
        public Builder maxConnections(int max) {
            this.maxConnections = max;
            return this;
        }

        /** A default session setting, e.g. {@code setting("TimeZone", "Europe/Paris")}. */
        public Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        /** The configuration. */
        public PgServerConfig config() {
            if (engine == null) {
                throw new IllegalStateException("a PgServer needs a QueryEngine: call engine(...)");
            }
            return new PgServerConfig(
                    host,
                    port,
                    engine,
                    protocolHandler,
                    authenticator,
                    tls,
                    requireTls,
                    maxMessageSize,
                    authenticationTimeout,
                    shutdownGracePeriod,
                    maxConnections,
                    settings);
        }

        /** The server, not yet started. */
        public PgServer build() {
            return new PgServer(config());
        }
    }
}

package dev.tusk.cli;

import dev.tusk.calcite.demo.DemoDataset;
import dev.tusk.calcite.engine.CalciteEngine;
import dev.tusk.examples.memory.MemoryEngine;
import dev.tusk.server.PgServer;
import dev.tusk.server.api.QueryEngine;
import dev.tusk.server.auth.AuthMethod;
import dev.tusk.server.auth.Authenticator;
import dev.tusk.server.auth.CredentialStore;
import dev.tusk.server.auth.Credentials;
import dev.tusk.server.tls.TlsConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * {@code tusk serve}: runs a PgServer on the Calcite engine (or the example backend) until SIGINT/SIGTERM, then shuts it
 * down gracefully. Passwords are kept only as SCRAM verifiers (md5 hashes for {@code --auth md5}).
 */
public final class ServeCommand {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Consumer<PgServer> onStarted;

    /** A command printing to {@code out}/{@code err}; {@code onStarted} sees the running server (tests). */
    public ServeCommand(PrintWriter out, PrintWriter err, Consumer<PgServer> onStarted) {
        this.out = out;
        this.err = err;
        this.onStarted = onStarted;
    }

    /** Starts the server and blocks until it stops; the exit code (1 when it could not start). */
    public int run(ServeOptions o) {
        PgServer server;
        try {
            server = build(o).start();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BindException) {
                err.println("tusk: cannot listen on " + o.host() + ":" + o.port() + ": the address is already in use"
                        + " (is PostgreSQL or another Tusk running?). Choose another port with --port.");
            } else {
                err.println("tusk: cannot listen on " + o.host() + ":" + o.port() + ": "
                        + e.getCause().getMessage());
            }
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            err.println("tusk: cannot start: " + e.getMessage());
            err.flush();
            return 1;
        }
        Thread hook = new Thread(server::close, "tusk-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (o.auth().equals("trust")) {
            err.println("WARNING: trust authentication: anyone who can reach " + o.host() + ":" + server.port()
                    + " may connect as any user. Give --password to require one.");
        }
        if (o.demo()) {
            out.println("Demo dataset loaded: tables " + String.join(", ", DemoDataset.TABLES)
                    + " (try: SELECT name, country FROM customers LIMIT 5)");
        }
        out.println(startupLine(o, server.port()));
        out.flush();
        err.flush();
        onStarted.accept(server);
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook is running or has run
        }
        return 0;
    }

    /** The server for the options, not yet started. */
    static PgServer build(ServeOptions o) {
        PgServer.Builder b = PgServer.builder()
                .host(o.host())
                .port(o.port())
                .engine(engine(o))
                .authenticator(authenticator(o));
        if (o.tlsCert() != null) {
            b.tls(TlsConfig.fromPemFiles(o.tlsCert(), o.tlsKey())).requireTls(o.requireTls());
        }
        return b.build();
    }

    /** The SQL engine: Calcite (warmed up, so that the first client query is not the JVM's first plan) or the example. */
    static QueryEngine engine(ServeOptions o) {
        if (o.engine().equals("memory")) {
            return new MemoryEngine();
        }
        CalciteEngine engine = new CalciteEngine();
        if (o.demo()) {
            DemoDataset.load(engine, o.user(), o.user());
        }
        engine.warmUp();
        return engine;
    }

    /** The authenticator; the password is turned into a SCRAM verifier (or md5 hash) and dropped. */
    static Authenticator authenticator(ServeOptions o) {
        AuthMethod method = AuthMethod.fromHbaName(o.auth());
        if (method == AuthMethod.TRUST) {
            return Authenticator.trust();
        }
        Credentials secret = method == AuthMethod.MD5
                ? Credentials.Md5Password.fromPassword(o.password(), o.user())
                : Credentials.ScramVerifier.fromPassword(
                        o.password(), Credentials.ScramVerifier.DEFAULT_ITERATIONS, new SecureRandom());
        String user = o.user();
        CredentialStore store = name -> name.equals(user) ? secret : null;
        return Authenticator.forMethod(method, store);
    }

    /** The one line printed at startup, with a connection string for psql (never the password). */
    static String startupLine(ServeOptions o, int port) {
        String host = o.host().contains(":") ? "[" + o.host() + "]" : o.host();
        String user = URLEncoder.encode(o.user(), StandardCharsets.UTF_8).replace("+", "%20");
        String url = "postgresql://" + user + "@" + host + ":" + port + "/" + user
                + (o.requireTls() ? "?sslmode=require" : "");
        return "Tusk " + Version.get() + " listening on " + host + ":" + port + " - connect with: psql \"" + url + "\"";
    }
}

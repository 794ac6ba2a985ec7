package dev.tusk.cli;

import dev.tusk.cli.cert.CertCommand;
import dev.tusk.server.PgServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/** The {@code tusk} command line: {@code serve}, {@code cert}, {@code help}, {@code --version}. */
public final class Main {

    /** The usage text of {@code tusk} and {@code tusk serve}. */
    static final String USAGE =
            """
            Usage: tusk serve [options]     run a PostgreSQL-compatible server: SQL on Apache Calcite, tables in memory
                   tusk cert [--dir DIR]    write a development CA and server certificate (tusk cert --help)
                   tusk --version | help

            Options of tusk serve:
              --host HOST          address to listen on (default 127.0.0.1; 0.0.0.0 or :: for all)
              --port PORT          TCP port (default 5432)
              --user USER          the user clients connect as (default tusk)
              --password PW        require this password; without one, anyone may connect (trust)
              --auth METHOD        trust, password, md5 or scram-sha-256
                                   (default scram-sha-256 with a password, trust without)
              --tls-cert FILE      PEM certificate chain: enables TLS (with --tls-key)
              --tls-key FILE       PEM private key
              --require-tls        refuse clients that do not use TLS
              --engine ENGINE      calcite (default: PostgreSQL SQL on Apache Calcite) or memory (the small
                                   example backend of tusk-examples)
              --demo               load the demo dataset at start: a small shop of 500 customers, 100 products,
                                   2,000 orders and 5,000 order items (the same rows on every start)
              --config FILE        read these settings from a properties file (keys host, port, user,
                                   password, tls-cert, tls-key, require-tls, auth, engine, demo); flags
                                   override it
              --help               this text

            The server runs until Ctrl-C (SIGINT) or SIGTERM, then shuts down gracefully.
            """;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Consumer<PgServer> onStarted;

    /** A command line printing to {@code out} and {@code err}. */
    public Main(PrintWriter out, PrintWriter err) {
        this(out, err, server -> {});
    }

    Main(PrintWriter out, PrintWriter err, Consumer<PgServer> onStarted) {
        this.out = out;
        this.err = err;
        this.onStarted = onStarted;
    }

    /** Runs {@code tusk}; exits with the command's code (0 after a graceful shutdown). */
    public static void main(String[] args) {
        Charset cs = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
        int code = new Main(out, err).run(args);
        out.flush();
        err.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The terminal's encoding as the JDK detected it (stdout.encoding), else UTF-8. */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Runs the command line; the process exit code. */
    public int run(String[] args) {
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return 2;
            }
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            return switch (args[0]) {
                case "serve" -> serve(rest);
                case "cert" -> new CertCommand(out, err).run(rest);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "--version", "version", "-V" -> {
                    out.println("tusk " + Version.get());
                    yield 0;
                }
                default -> usageError("unknown command: " + args[0]);
            };
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int serve(String[] args) {
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        if (options.help()) {
            out.print(USAGE);
            return 0;
        }
        return new ServeCommand(out, err, onStarted).run(options);
    }

    private int usageError(String message) {
        err.println("tusk: " + message);
        err.println();
        err.print(USAGE);
        return 2;
    }
}

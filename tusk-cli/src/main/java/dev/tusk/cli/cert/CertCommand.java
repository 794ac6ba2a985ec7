package dev.tusk.cli.cert;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code tusk cert}: writes a development CA and server certificate with {@link DevCertificates}. */
public final class CertCommand {

    /** Success. */
    public static final int OK = 0;

    /** The certificates could not be written. */
    public static final int FAILED = 1;

    /** Bad command line. */
    public static final int USAGE = 2;

    static final String HELP =
            """
            Usage: tusk cert [--dir DIR] [--host NAME]...

            Writes a development TLS setup into DIR (default: the current directory):
              ca.crt      a throwaway self-signed CA (its key is not kept)
              server.crt  a server certificate signed by it, valid for a year, for
                          localhost, 127.0.0.1, ::1 and every --host
              server.key  the server's EC P-256 key (PKCS#8 PEM, mode 0600)

            Options:
              --dir DIR     where to write the files (created if missing; files are replaced)
              --host NAME   another DNS name or IP address for the certificate; repeatable,
                            or comma-separated
              --help        this text

            Then connect with: psql "host=localhost sslmode=verify-full sslrootcert=DIR/ca.crt"
            """;

    private final PrintWriter out;
    private final PrintWriter err;

    /** A command that prints to {@code out} and reports errors to {@code err}. */
    public CertCommand(PrintWriter out, PrintWriter err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Runs {@code tusk cert} with the arguments after "cert"; the process exit code. */
    public int run(String[] args) {
        try {
            return doRun(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int doRun(String[] args) {
        String dir = ".";
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return OK;
                }
                case "--dir", "--host" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return usage("option " + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (name.equals("--dir")) {
                        dir = value;
                    } else {
                        for (String h : value.split(",")) {
                            if (h.isBlank()) {
                                return usage("empty host name in --host " + value);
                            }
                            hosts.add(h.strip());
                        }
                    }
                }
                default -> {
                    return usage("unknown argument \"" + a + "\"");
                }
            }
        }
        Path path;
        try {
            path = Path.of(dir);
        } catch (InvalidPathException e) {
            return usage("invalid directory \"" + dir + "\"");
        }
        try {
            DevCertificates.Result r = DevCertificates.generate(path, hosts);
            out.println("wrote " + r.caCertificateFile());
            out.println("wrote " + r.serverCertificateFile());
            out.println("wrote " + r.serverKeyFile());
            out.println("server certificate names: " + String.join(", ", names(hosts)));
            out.println("valid until " + r.serverCertificate().getNotAfter().toInstant());
            out.println("connect with: psql \"host=localhost sslmode=verify-full sslrootcert=" + r.caCertificateFile()
                    + "\"");
            return OK;
        } catch (IOException | RuntimeException e) {
            err.println("tusk cert: could not write certificates into \"" + path + "\": " + e.getMessage());
            return FAILED;
        }
    }

    private static List<String> names(List<String> hosts) {
        List<String> n = new ArrayList<>(DevCertificates.DEFAULT_NAMES);
        for (String h : hosts) {
            if (!n.contains(h)) {
                n.add(h);
            }
        }
        return n;
    }

    private int usage(String message) {
        err.println("tusk cert: " + message);
        err.println("Try \"tusk cert --help\".");
        return USAGE;
    }
}

package dev.tusk.testkit.pg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Finds and runs external client programs (psql, python3 modules, node modules, go) with a timeout. */
public final class Clients {

    /** The Debian system interpreter, which sees Debian's python3-* packages (a pyenv python3 does not). */
    public static final String SYSTEM_PYTHON = "/usr/bin/python3";

    private Clients() {}

    /** What a finished (or timed-out) process printed, decoded as UTF-8. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr, boolean timedOut) {

        /** A readable account of the run, for assertion messages. */
        public String describe() {
            return "command: " + String.join(" ", command) + "\nexit code: " + exitCode
                    + (timedOut ? " (timed out and killed)" : "") + "\n--- stdout ---\n" + stdout
                    + "\n--- stderr ---\n" + stderr;
        }
    }

    /** Whether a client is usable here, and if not, why and how to install it. */
    public record Availability(String client, boolean available, String reason) {

        /** A client that is present. */
        public static Availability present(String client) {
            return new Availability(client, true, "");
        }

        /** A client that is missing, with the reason and an install hint. */
        public static Availability missing(String client, String reason) {
            return new Availability(client, false, reason);
        }
    }

    /** Whether the environment variable CI is "true": then missing clients fail instead of skipping. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the calling test when the client is missing, or fails it when running in CI. */
    public static void assumeAvailable(Availability availability) {
        if (availability.available()) {
            return;
        }
        String message = availability.client() + " is not available: " + availability.reason();
        if (isCi()) {
            Assertions.fail("CI=true, so a missing client is an error (install it in .ci/run): " + message);
        }
        Assumptions.abort(message);
    }

    /** Skips (or in CI fails) unless a real PostgreSQL can be installed-checked; see {@link PostgresInstance}. */
    public static Availability postgresServer() {
        return PostgresInstance.isInstalled()
                ? Availability.present("PostgreSQL server")
                : Availability.missing("PostgreSQL server", PostgresInstance.INSTALL_HINT);
    }

    /** An executable on the PATH (or an absolute path), if present. */
    public static Optional<Path> onPath(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isEmpty()) {
                continue;
            }
            Path p = Path.of(d, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A command on the PATH, with an install hint when missing. */
    public static Availability command(String name, String installHint) {
        return onPath(name).isPresent()
                ? Availability.present(name)
                : Availability.missing(name, name + " not on PATH; install with: " + installHint);
    }

    /** Python modules importable by the given interpreter (use {@link #SYSTEM_PYTHON} for Debian packages). */
    public static Availability python(String interpreter, String installHint, String... modules) {
        String client = "python modules " + String.join(", ", modules);
        if (onPath(interpreter).isEmpty()) {
            return Availability.missing(client, interpreter + " not found; install with: apt-get install -y python3");
        }
        List<String> cmd = new ArrayList<>(List.of(interpreter, "-c"));
        StringBuilder code = new StringBuilder();
        for (String m : modules) {
            code.append("import ").append(m).append(';');
        }
        cmd.add(code.toString());
        Result r = run(cmd, Map.of(), null, Duration.ofSeconds(60));
        return r.exitCode() == 0
                ? Availability.present(client)
                : Availability.missing(client, r.stderr().strip() + "; install with: " + installHint);
    }

    /** Node modules installed (by npm ci) in the given directory, and node itself. */
    public static Availability node(Path dir, String... modules) {
        String client = "node modules " + String.join(", ", modules);
        if (onPath("node").isEmpty()) {
            return Availability.missing(client, "node not on PATH; install with: apt-get install -y nodejs npm");
        }
        for (String m : modules) {
            if (!Files.isRegularFile(dir.resolve("node_modules").resolve(m).resolve("package.json"))) {
                return Availability.missing(
                        client, "node module " + m + " missing in " + dir + "; run: (cd " + dir + " && npm ci)");
            }
        }
        return Availability.present(client);
    }

    /** A Go toolchain and the given Go package sources under a GOPATH directory (Debian: /usr/share/gocode). */
    public static Availability go(Path gopath, String... importPaths) {
        String client = "go with " + String.join(", ", importPaths);
        if (onPath("go").isEmpty()) {
            return Availability.missing(client, "go not on PATH; install with: apt-get install -y golang-go");
        }
        for (String p : importPaths) {
            if (!Files.isDirectory(gopath.resolve("src").resolve(p))) {
                return Availability.missing(
                        client,
                        "Go package " + p + " missing under " + gopath
                                + "; install with: apt-get install -y golang-github-jackc-pgx-v4-dev");
            }
        }
        return Availability.present(client);
    }

    /**
     * Runs a command with extra environment variables, in a working directory (null: the current one), killing it
     * and its children after the timeout; stdout and stderr are captured as UTF-8.
     */
    public static Result run(List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(List.copyOf(command), 127, "", "could not start: " + e.getMessage(), false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outPump = pump(p.getInputStream(), out);
        Thread errPump = pump(p.getErrorStream(), err);
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            outPump.join(10_000);
            errPump.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            finished = false;
        }
        int code = p.isAlive() ? -1 : p.exitValue();
        String stdout;
        String stderr;
        synchronized (out) {
            stdout = out.toString(StandardCharsets.UTF_8);
        }
        synchronized (err) {
            stderr = err.toString(StandardCharsets.UTF_8);
        }
        return new Result(List.copyOf(command), finished ? code : -1, stdout, stderr, !finished);
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = Thread.ofPlatform().daemon().name("client-output-pump").start(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended or was killed
            } catch (UncheckedIOException e) {
                // same
            }
        });
        return t;
    }
}

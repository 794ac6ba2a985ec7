package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.testkit.pg.Clients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a client program from {@code src/test/clients} against a target and asserts it passed. */
final class ClientPrograms {

    /** Where the client programs live. */
    static final Path DIR = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("src/test/clients")
            .normalize();

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private ClientPrograms() {}

    /** Runs the command with the target's connection environment; fails with all output unless it exits 0. */
    static Clients.Result runAndAssert(
            ServerTarget target, List<String> command, Path workDir, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(target.environment());
        all.put("TUSK_STATEMENTS", DIR.resolve("statements.sql").toString());
        all.put("PYTHONIOENCODING", "utf-8");
        all.put("LC_ALL", "C.UTF-8");
        all.putAll(env);
        Clients.Result r = Clients.run(command, all, workDir, TIMEOUT);
        // The output goes to the surefire report either way, so a passing run can be read too.
        System.out.println(r.describe());
        assertEquals(0, r.exitCode(), () -> "client program failed\n" + r.describe());
        return r;
    }
}

package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tusk.testkit.pg.Clients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a client workload from {@code src/test/clients} (a program printing {@code ok CHECK} or {@code FAIL CHECK:
 * message} per check and a last line starting {@code done:}) and judges it against the known failures of its target
 * listed in {@code src/test/clients/known-failures.txt}: a failed check that is not listed fails the test, and so
 * does a listed one that now passes, so the list stays exact.
 */
final class ClientChecks {

    /** The known failures: lines {@code target | client | check | why}. */
    static final Path KNOWN = ClientPrograms.DIR.resolve("known-failures.txt");

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private ClientChecks() {}

    /** Runs the command with the target's connection environment and judges its checks. */
    static void run(
            ServerTarget target,
            String targetName,
            String client,
            List<String> command,
            Path workDir,
            Map<String, String> env) {
        Map<String, String> all = new HashMap<>(target.environment());
        all.put("PYTHONIOENCODING", "utf-8");
        all.put("LC_ALL", "C.UTF-8");
        all.putAll(env);
        Clients.Result r = Clients.run(command, all, workDir, TIMEOUT);
        System.out.println(r.describe()); // in the surefire report either way
        judge(targetName, client, r);
    }

    /** Fails unless every failed check is a known failure of this target and client, and every known one failed. */
    static void judge(String targetName, String client, Clients.Result r) {
        Set<String> passed = new LinkedHashSet<>();
        Map<String, String> failed = new LinkedHashMap<>();
        boolean done = false;
        for (String line : r.stdout().split("\n", -1)) {
            if (line.startsWith("ok ")) {
                passed.add(line.substring(3).strip());
            } else if (line.startsWith("FAIL ")) {
                int colon = line.indexOf(": ");
                String check = colon < 0 ? line.substring(5) : line.substring(5, colon);
                failed.putIfAbsent(check.strip(), colon < 0 ? "" : line.substring(colon + 2));
            } else if (line.startsWith("done:")) {
                done = true;
            }
        }
        if (!done || r.timedOut()) {
            fail("the " + client + " workload did not finish\n" + r.describe());
        }
        List<String> problems =
                new ArrayList<>(new KnownFailures(KNOWN).judge(targetName, client, failed, passed, false));
        if (failed.isEmpty() && r.exitCode() != 0) {
            problems.add("exit code " + r.exitCode() + " without a failed check");
        }
        if (!problems.isEmpty()) {
            fail(client + " on " + targetName + ":\n  " + String.join("\n  ", problems) + "\n\n" + r.describe());
        }
    }
}

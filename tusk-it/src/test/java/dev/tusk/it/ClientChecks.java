package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tusk.testkit.pg.Clients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Map<String, String> known = known(targetName, client);
        List<String> problems = new ArrayList<>();
        failed.forEach((check, message) -> {
            if (!known.containsKey(check)) {
                problems.add("new failure: " + check + ": " + message);
            }
        });
        known.forEach((check, why) -> {
            if (passed.contains(check) && !failed.containsKey(check)) {
                problems.add("now passes, remove it from " + KNOWN.getFileName() + ": " + targetName + " | " + client
                        + " | " + check);
            }
        });
        if (failed.isEmpty() && r.exitCode() != 0) {
            problems.add("exit code " + r.exitCode() + " without a failed check");
        }
        if (!problems.isEmpty()) {
            fail(client + " on " + targetName + ":\n  " + String.join("\n  ", problems) + "\n\n" + r.describe());
        }
    }

    /** The known failures of one target and client: check name to why. */
    static Map<String, String> known(String targetName, String client) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(KNOWN, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 4);
            if (parts.length != 4) {
                throw new IllegalStateException("malformed line in " + KNOWN + ": " + line);
            }
            if (parts[0].strip().equals(targetName) && parts[1].strip().equals(client)) {
                out.put(parts[2].strip(), parts[3].strip());
            }
        }
        return out;
    }
}

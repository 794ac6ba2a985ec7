package dev.tusk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file of checks known to fail, one line {@code target | client | check | why} each ({@code #} starts a comment),
 * and the judgement every client and tool test makes against it: a failed check that is not listed is a problem, and
 * so is a listed check that passed, so the list stays exact. A rebaseline rewrites the lines of one target and client
 * with the failures of the run instead of judging.
 */
final class KnownFailures {

    private final Path file;

    KnownFailures(Path file) {
        this.file = file;
    }

    /** The file's name, for messages. */
    String fileName() {
        return file.getFileName().toString();
    }

    /** The known failures of one target and client: check name to why. */
    Map<String, String> of(String target, String client) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines()) {
            String[] parts = entry(line);
            if (parts != null && parts[0].equals(target) && parts[1].equals(client)) {
                out.put(parts[2], parts[3]);
            }
        }
        return out;
    }

    /**
     * The problems of a run: failed checks missing from the list and listed checks that passed (and, when
     * {@code everyCheckRuns}, listed checks the run did not report at all); empty when they agree. {@code failed}
     * maps a check to its one-line reason.
     */
    List<String> judge(
            String target, String client, Map<String, String> failed, Set<String> passed, boolean everyCheckRuns) {
        Map<String, String> known = of(target, client);
        List<String> problems = new ArrayList<>();
        failed.forEach((check, why) -> {
            if (!known.containsKey(check)) {
                problems.add("new failure: " + check + ": " + why);
            }
        });
        known.forEach((check, why) -> {
            if (passed.contains(check) && !failed.containsKey(check)) {
                problems.add(
                        "now passes, remove it from " + fileName() + ": " + target + " | " + client + " | " + check);
            } else if (everyCheckRuns && !passed.contains(check) && !failed.containsKey(check)) {
                problems.add("not run any more, remove it from " + fileName() + ": " + target + " | " + client + " | "
                        + check);
            }
        });
        return problems;
    }

    /**
     * Rewrites the file: the lines of this target and client are replaced by the failures of this run (in their
     * order, at the place of the first old line or at the end); every other line, comments included, stays.
     */
    void rebaseline(String target, String client, Map<String, String> failed) {
        List<String> out = new ArrayList<>();
        boolean placed = false;
        List<String> fresh = new ArrayList<>();
        failed.forEach((check, why) -> fresh.add(target + " | " + client + " | " + check + " | " + oneLine(why)));
        for (String line : lines()) {
            String[] parts = entry(line);
            if (parts != null && parts[0].equals(target) && parts[1].equals(client)) {
                if (!placed) {
                    out.addAll(fresh);
                    placed = true;
                }
                continue;
            }
            out.add(line);
        }
        if (!placed) {
            out.addAll(fresh);
        }
        try {
            Files.write(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reason fit for one line of the file: the first non-blank line, at most 200 characters. */
    static String oneLine(String why) {
        String first = why.strip().lines().findFirst().orElse("").strip();
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }

    private List<String> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] entry(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        String[] parts = line.split("\\|", 4);
        if (parts.length != 4) {
            throw new IllegalStateException("malformed line in " + file + ": " + line);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }
}

package dev.tusk.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one tool test against one target: each passes or fails with a one-line reason and a detail (a
 * diff, an error), judged at the end against the tool's known-failures file ({@link KnownFailures}). Every check
 * must pass on PostgreSQL; {@code -Dtusk.catalog.rebaseline=true} rewrites the file's lines of this target instead
 * of judging.
 */
final class ToolChecks {

    /** The property that turns a run into a rewrite of the known-failures file. */
    static final String REBASELINE = "tusk.catalog.rebaseline";

    private final String target;
    private final String tool;
    private final Path knownFile;
    private final Set<String> passed = new LinkedHashSet<>();
    private final Map<String, String> failed = new LinkedHashMap<>();
    private final Map<String, String> details = new LinkedHashMap<>();

    ToolChecks(String target, String tool, Path knownFile) {
        this.target = target;
        this.tool = tool;
        this.knownFile = knownFile;
    }

    /** Records a check that passed. */
    void pass(String check) {
        if (!failed.containsKey(check)) {
            passed.add(check);
        }
    }

    /** Records a check that failed; the reason's first line goes to the known-failures file, the detail to the report. */
    void fail(String check, String reason, String detail) {
        passed.remove(check);
        failed.putIfAbsent(check, KnownFailures.oneLine(reason.isBlank() ? "(no message)" : reason));
        details.putIfAbsent(check, detail);
    }

    /** Records the outcome of a comparison: pass when expected equals actual, else a failure with a unified diff. */
    void compare(String check, String expected, String actual) {
        if (expected.equals(actual)) {
            pass(check);
        } else {
            String diff = LineDiff.unified(expected, actual, "postgresql-15", target);
            fail(check, firstDifference(diff), diff);
        }
    }

    /** How many checks ran. */
    int total() {
        return passed.size() + failed.size();
    }

    /**
     * Prints every check's outcome, then fails on any failure on PostgreSQL and, on another target, on failures the
     * file does not list and listed checks that passed; rewrites the file instead when rebaselining.
     */
    void judge(boolean reference) {
        StringBuilder report = new StringBuilder();
        report.append(tool)
                .append(" on ")
                .append(target)
                .append(": ")
                .append(passed.size())
                .append(" of ")
                .append(total())
                .append(" checks pass\n");
        failed.forEach((check, why) -> report.append("FAIL ")
                .append(check)
                .append(": ")
                .append(why)
                .append('\n')
                .append(indent(details.get(check)))
                .append('\n'));
        passed.forEach(check -> report.append("ok ").append(check).append('\n'));
        System.out.println(report);
        if (reference) {
            if (!failed.isEmpty()) {
                org.junit.jupiter.api.Assertions.fail("checks fail on PostgreSQL itself:\n" + report);
            }
            return;
        }
        KnownFailures known = new KnownFailures(knownFile);
        if (Boolean.getBoolean(REBASELINE)) {
            known.rebaseline(target, tool, failed);
            return;
        }
        List<String> problems = new ArrayList<>(known.judge(target, tool, failed, passed, true));
        if (!problems.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(tool + " on " + target + " (rewrite the list with -D" + REBASELINE
                    + "=true):\n  " + String.join("\n  ", problems) + "\n\n" + report);
        }
    }

    /** The first changed line of a unified diff. */
    static String firstChange(String diff) {
        for (String line : diff.split("\n", -1)) {
            if ((line.startsWith("-") || line.startsWith("+")) && !line.startsWith("---") && !line.startsWith("+++")) {
                return line;
            }
        }
        return "differs";
    }

    /**
     * The first difference of a unified diff in a line: the first removed and added lines cut to the field (after
     * {@code ", "} or {@code |}) where they start to differ, with the removed line's head up to its first
     * {@code ": "}; or the first changed line when only one side has lines.
     */
    static String firstDifference(String diff) {
        String removed = null;
        String added = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("---") || line.startsWith("+++")) {
                continue;
            }
            if (removed == null && line.startsWith("-")) {
                removed = line.substring(1);
            } else if (added == null && line.startsWith("+")) {
                added = line.substring(1);
            }
        }
        if (removed == null || added == null) {
            return firstChange(diff);
        }
        int p = 0;
        while (p < removed.length() && p < added.length() && removed.charAt(p) == added.charAt(p)) {
            p++;
        }
        int start = Math.max(removed.lastIndexOf(", ", p) + 2, removed.lastIndexOf('|', p) + 1);
        start = Math.max(0, Math.min(start, p));
        int head = removed.indexOf(": ");
        String prefix = head > 0 && head + 2 <= start ? removed.substring(0, head + 2) + "... " : "";
        return prefix + "-" + excerpt(removed, start) + " +" + excerpt(added, start);
    }

    private static String excerpt(String line, int start) {
        if (start >= line.length()) {
            return "(end of line)";
        }
        String rest = line.substring(start);
        return rest.length() > 70 ? rest.substring(0, 70) + "..." : rest;
    }

    private static String indent(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "    " + text.strip().replace("\n", "\n    ");
    }
}

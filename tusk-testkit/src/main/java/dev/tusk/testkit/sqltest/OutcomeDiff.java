package dev.tusk.testkit.sqltest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Compares the answers of two servers to one statement, as the statement's directives ask. */
final class OutcomeDiff {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<List<String>> ROW_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = NULLS_FIRST.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private OutcomeDiff() {}

    /** The aspects in which {@code actual} differs from {@code expected}, e.g. {@code rows}; empty when equal. */
    static List<String> differences(
            ScriptStatement statement, Outcome expected, Outcome actual, CompareOptions options) {
        List<String> out = new ArrayList<>();
        Optional<Outcome.Rows> e = expected.result();
        Optional<Outcome.Rows> a = actual.result();
        if (e.isPresent() != a.isPresent()) {
            out.add(e.isPresent() ? "rows (none returned)" : "rows (unexpectedly returned)");
        } else if (e.isPresent()) {
            if (!e.get().columns().equals(a.get().columns())) {
                out.add("columns");
            }
            if (!sameRows(statement, e.get().rows(), a.get().rows())) {
                out.add(statement.columnsOnly() ? "row count" : "rows");
            }
        }
        if (!expected.commandTag().equals(actual.commandTag())) {
            out.add("command tag");
        }
        if (!expected.error().map(options::project).equals(actual.error().map(options::project))) {
            out.add("error");
        }
        if (!expected.notices().stream()
                .map(options::project)
                .toList()
                .equals(actual.notices().stream().map(options::project).toList())) {
            out.add("notices");
        }
        if (!expected.transactionStatus().equals(actual.transactionStatus())) {
            out.add("transaction status");
        }
        if (!expected.parameterChanges().equals(actual.parameterChanges())) {
            out.add("reported parameters");
        }
        return out;
    }

    private static boolean sameRows(ScriptStatement statement, List<List<String>> e, List<List<String>> a) {
        if (statement.columnsOnly()) {
            return e.size() == a.size();
        }
        if (statement.ordered()) {
            return e.equals(a);
        }
        return sorted(e).equals(sorted(a));
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(ROW_ORDER);
        return copy;
    }

    /** The rows of {@code from} that {@code other} lacks, counting duplicates. */
    static List<List<String>> missingFrom(List<List<String>> from, List<List<String>> other) {
        Map<List<String>, Integer> left = new HashMap<>();
        for (List<String> row : other) {
            left.merge(row, 1, Integer::sum);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : from) {
            Integer n = left.get(row);
            if (n == null || n == 0) {
                out.add(row);
            } else {
                left.put(row, n - 1);
            }
        }
        return out;
    }

    /** The index of the first row that differs, or -1. */
    static int firstDifference(List<List<String>> e, List<List<String>> a) {
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            if (i >= e.size() || i >= a.size() || !Objects.equals(e.get(i), a.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

package dev.tusk.testkit.sqltest;

import java.util.List;
import java.util.Map;

/** Renders a {@link ScriptReport} as text for test failure messages. */
final class ReportFormat {

    private static final int MAX_ROWS = 40;
    /** Results up to this many rows are easy to compare by eye; larger ones get the rows that differ. */
    private static final int SMALL_RESULT = 3;

    private ReportFormat() {}

    static String render(ScriptReport r) {
        StringBuilder sb = new StringBuilder();
        long mismatches = r.mismatches().size();
        long problems = r.findings().size() - mismatches;
        sb.append(r.script().file())
                .append(": ")
                .append(r.script().statements().size())
                .append(" statements, ")
                .append(r.compared())
                .append(" compared between ")
                .append(r.reference())
                .append(" and ")
                .append(r.target())
                .append(", ")
                .append(mismatches)
                .append(mismatches == 1 ? " mismatch, " : " mismatches, ")
                .append(problems)
                .append(problems == 1 ? " script problem, " : " script problems, ")
                .append(r.skipped().size())
                .append(" skipped\n");
        List<ScriptReport.Finding> findings = r.findings();
        for (int i = 0; i < findings.size(); i++) {
            ScriptReport.Finding f = findings.get(i);
            if (i < ScriptReport.RENDERED_IN_FULL) {
                sb.append('\n');
                finding(sb, r, f);
            } else {
                sb.append("\n").append(location(r, f.statement())).append(": ").append(headline(f));
            }
        }
        if (findings.size() > ScriptReport.RENDERED_IN_FULL) {
            sb.append('\n');
        }
        if (!r.skipped().isEmpty()) {
            sb.append("\nskipped on ").append(r.target()).append(":\n");
            for (ScriptStatement s : r.skipped()) {
                sb.append("  ")
                        .append(location(r, s))
                        .append(": ")
                        .append(s.skipReason().orElseThrow())
                        .append("\n    ")
                        .append(firstLine(s.sql()))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String location(ScriptReport r, ScriptStatement s) {
        return r.script().file() + ":" + s.line();
    }

    private static String headline(ScriptReport.Finding f) {
        return switch (f.kind()) {
            case MISMATCH -> "differs in " + String.join(", ", f.differences());
            case UNEXPECTED_ERROR -> "PostgreSQL answered with an error, but the statement is not marked -- @error";
            case MISSING_ERROR -> "the statement is marked -- @error, but PostgreSQL answered without one";
        };
    }

    private static void finding(StringBuilder sb, ScriptReport r, ScriptReport.Finding f) {
        ScriptStatement s = f.statement();
        sb.append(location(r, s));
        if (s.session() != 1) {
            sb.append(" [session ").append(s.session()).append(']');
        }
        sb.append(": ").append(headline(f)).append('\n');
        for (String line : s.sql().split("\n", -1)) {
            sb.append("    ").append(line).append('\n');
        }
        String rowsNote = s.columnsOnly()
                ? "values not compared (@columns-only)"
                : s.ordered() ? "compared in order" : "compared as a multiset";
        sb.append("  ").append(r.reference()).append(" answered:\n");
        outcome(sb, f.expected(), rowsNote);
        if (f.actual().isPresent()) {
            sb.append("  ").append(r.target()).append(" answered:\n");
            outcome(sb, f.actual().get(), rowsNote);
            rowDifference(sb, r, s, f.expected(), f.actual().get());
        }
    }

    private static void outcome(StringBuilder sb, Outcome o, String rowsNote) {
        if (o.result().isPresent()) {
            Outcome.Rows rows = o.result().get();
            sb.append("    columns: ");
            if (rows.columns().isEmpty()) {
                sb.append("(none)");
            }
            for (int i = 0; i < rows.columns().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(rows.columns().get(i).render());
            }
            sb.append("\n    rows: ")
                    .append(rows.rows().size())
                    .append(" (")
                    .append(rowsNote)
                    .append(")\n");
            rowLines(sb, rows.rows(), "      ");
        }
        if (!o.commandTag().isEmpty()) {
            sb.append("    command tag: ").append(o.commandTag()).append('\n');
        }
        for (ServerMessage n : o.notices()) {
            sb.append("    notice: ").append(n.render().replace("\n", "\n    ")).append('\n');
        }
        o.error().ifPresent(e -> sb.append("    error: ")
                .append(e.render().replace("\n", "\n    "))
                .append('\n'));
        sb.append("    transaction status: ").append(o.transactionStatus()).append('\n');
        for (Map.Entry<String, String> p : o.parameterChanges().entrySet()) {
            sb.append("    reported parameter: ")
                    .append(p.getKey())
                    .append(" = ")
                    .append(p.getValue())
                    .append('\n');
        }
    }

    private static void rowDifference(
            StringBuilder sb, ScriptReport r, ScriptStatement s, Outcome expected, Outcome actual) {
        if (s.columnsOnly() || expected.result().isEmpty() || actual.result().isEmpty()) {
            return;
        }
        List<List<String>> e = expected.result().get().rows();
        List<List<String>> a = actual.result().get().rows();
        if (Math.max(e.size(), a.size()) <= SMALL_RESULT) {
            return;
        }
        if (s.ordered()) {
            int at = OutcomeDiff.firstDifference(e, a);
            if (at >= 0) {
                sb.append("  first differing row: ").append(at + 1).append('\n');
            }
            return;
        }
        List<List<String>> onlyExpected = OutcomeDiff.missingFrom(e, a);
        List<List<String>> onlyActual = OutcomeDiff.missingFrom(a, e);
        if (!onlyExpected.isEmpty()) {
            sb.append("  rows only from ").append(r.reference()).append(":\n");
            rowLines(sb, onlyExpected, "      ");
        }
        if (!onlyActual.isEmpty()) {
            sb.append("  rows only from ").append(r.target()).append(":\n");
            rowLines(sb, onlyActual, "      ");
        }
    }

    private static void rowLines(StringBuilder sb, List<List<String>> rows, String indent) {
        for (int i = 0; i < rows.size() && i < MAX_ROWS; i++) {
            sb.append(indent).append(row(rows.get(i))).append('\n');
        }
        if (rows.size() > MAX_ROWS) {
            sb.append(indent).append("... ").append(rows.size() - MAX_ROWS).append(" more\n");
        }
    }

    /** A row as {@code 1 | 'a b' | NULL}: values quoted when they could be misread. */
    static String row(List<String> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            sb.append(i == 0 ? "" : " | ").append(value(row.get(i)));
        }
        return row.isEmpty() ? "(no columns)" : sb.toString();
    }

    private static String value(String v) {
        if (v == null) {
            return "NULL";
        }
        boolean quote = v.isEmpty() || v.equals("NULL") || !v.strip().equals(v) || v.contains("|") || v.contains("'");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\'' -> sb.append("''");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
            if (c < 0x20) {
                quote = true;
            }
        }
        return quote ? "'" + sb + "'" : sb.toString();
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " ...";
    }
}

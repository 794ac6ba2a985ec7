package dev.tusk.testkit.sqltest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one script statement by statement on a reference PostgreSQL and on a target, each in a fresh database,
 * and reports where their answers differ.
 */
public final class ScriptRun {

    private ScriptRun() {}

    /**
     * Runs the script. Every statement runs on the reference; a statement marked {@code -- @skip-tusk} does not
     * run on the target when {@code honourSkips} is true (it does when checking the script against PostgreSQL
     * itself).
     */
    public static ScriptReport run(
            SqlScript script, SqlTarget reference, SqlTarget target, boolean honourSkips, CompareOptions options) {
        return run(script, reference, target, honourSkips, options, OutcomeNormaliser.Factory.none());
    }

    /**
     * Runs the script as {@link #run(SqlScript, SqlTarget, SqlTarget, boolean, CompareOptions)} does, comparing the
     * answers after each side's normaliser rewrote them (reports show the normalised answers).
     */
    public static ScriptReport run(
            SqlScript script,
            SqlTarget reference,
            SqlTarget target,
            boolean honourSkips,
            CompareOptions options,
            OutcomeNormaliser.Factory normalisation) {
        List<ScriptReport.Finding> findings = new ArrayList<>();
        List<ScriptStatement> skipped = new ArrayList<>();
        int compared = 0;
        try (Side expected = new Side(reference, normalisation);
                Side actual = new Side(target, normalisation)) {
            for (ScriptStatement s : script.statements()) {
                Outcome e = execute(script, expected, s);
                if (s.expectError() && e.error().isEmpty()) {
                    findings.add(new ScriptReport.Finding(
                            s, ScriptReport.Kind.MISSING_ERROR, List.of(), e, Optional.empty()));
                } else if (!s.expectError() && e.error().isPresent()) {
                    findings.add(new ScriptReport.Finding(
                            s, ScriptReport.Kind.UNEXPECTED_ERROR, List.of(), e, Optional.empty()));
                }
                if (honourSkips && s.skipReason().isPresent()) {
                    skipped.add(s);
                    continue;
                }
                Outcome a = execute(script, actual, s);
                compared++;
                List<String> differences = OutcomeDiff.differences(s, e, a, options);
                if (!differences.isEmpty()) {
                    findings.add(
                            new ScriptReport.Finding(s, ScriptReport.Kind.MISMATCH, differences, e, Optional.of(a)));
                }
            }
        }
        return new ScriptReport(script, reference.name(), target.name(), compared, findings, skipped);
    }

    private static Outcome execute(SqlScript script, Side side, ScriptStatement s) {
        try {
            return ignoreValues(s, side.normalise(s, side.session(s.session()).execute(s.sql())));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ScriptException(script.file(), s.line(), e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException(
                    script.file() + ":" + s.line() + ": cannot open session " + s.session() + " on " + side.name + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The outcome with the values of the columns named by {@code -- @ignore-values} replaced (NULLs kept). */
    private static Outcome ignoreValues(ScriptStatement s, Outcome outcome) {
        if (s.ignoredValues().isEmpty() || outcome.result().isEmpty()) {
            return outcome;
        }
        Outcome.Rows rows = outcome.result().get();
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            List<String> copy = new ArrayList<>(row);
            for (int i = 0; i < copy.size() && i < rows.columns().size(); i++) {
                if (copy.get(i) != null
                        && s.ignoredValues().contains(rows.columns().get(i).name())) {
                    copy.set(i, "<ignored>");
                }
            }
            out.add(copy);
        }
        return new Outcome(
                Optional.of(new Outcome.Rows(rows.columns(), out)),
                outcome.commandTag(),
                outcome.notices(),
                outcome.error(),
                outcome.transactionStatus(),
                outcome.parameterChanges());
    }

    /** One server's fresh database and the sessions the script opened on it. */
    private static final class Side implements AutoCloseable {
        private final String name;
        private final SqlTarget.Database database;
        private final OutcomeNormaliser.Factory normalisation;
        private final WireSession[] sessions = new WireSession[10];
        private OutcomeNormaliser normaliser;

        Side(SqlTarget target, OutcomeNormaliser.Factory normalisation) {
            this.name = target.name();
            this.database = target.freshDatabase();
            this.normalisation = normalisation;
        }

        /** The outcome normalised for the objects that exist after it (rebuilt after anything but a query). */
        Outcome normalise(ScriptStatement statement, Outcome outcome) {
            String tag = outcome.commandTag();
            if (normaliser == null || !(tag.startsWith("SELECT") || tag.equals("SHOW"))) {
                normaliser = normalisation.prepare(database);
            }
            return normaliser.normalise(statement, outcome);
        }

        WireSession session(int n) throws SQLException {
            if (sessions[n] == null) {
                sessions[n] = new WireSession(database.connect());
            }
            return sessions[n];
        }

        @Override
        public void close() {
            try {
                for (WireSession s : sessions) {
                    if (s != null) {
                        try {
                            s.close();
                        } catch (SQLException e) {
                            // the database is dropped or its server stopped next
                        }
                    }
                }
            } finally {
                database.close();
            }
        }
    }
}

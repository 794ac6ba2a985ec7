package dev.tusk.testkit.sqltest;

import java.util.List;
import java.util.Optional;

/**
 * What running one script against PostgreSQL and a target found: the statements whose answers differ, the
 * statements PostgreSQL itself did not answer as the script says, and the statements the target skipped.
 *
 * @param script the script that ran
 * @param reference the name of the PostgreSQL whose answers are expected
 * @param target the name of the server under test
 * @param compared how many statements ran on both servers
 * @param findings the mismatches and script problems, in script order
 * @param skipped the statements the target did not run ({@code -- @skip-tusk})
 */
public record ScriptReport(
        SqlScript script,
        String reference,
        String target,
        int compared,
        List<Finding> findings,
        List<ScriptStatement> skipped) {

    /** The maximum number of findings rendered in full; the rest are listed by line. */
    static final int RENDERED_IN_FULL = 25;

    /** Copies the lists. */
    public ScriptReport {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }

    /** What kind of finding. */
    public enum Kind {
        /** The target answered differently from PostgreSQL. */
        MISMATCH,
        /** PostgreSQL failed on a statement not marked {@code -- @error}. */
        UNEXPECTED_ERROR,
        /** PostgreSQL succeeded on a statement marked {@code -- @error}. */
        MISSING_ERROR
    }

    /**
     * One statement whose answers are not as they should be.
     *
     * @param statement the statement
     * @param kind what went wrong
     * @param differences for a mismatch, the aspects that differ, e.g. {@code rows}, {@code command tag}
     * @param expected PostgreSQL's answer
     * @param actual the target's answer, for a mismatch
     */
    public record Finding(
            ScriptStatement statement,
            Kind kind,
            List<String> differences,
            Outcome expected,
            Optional<Outcome> actual) {

        /** Copies the list. */
        public Finding {
            differences = List.copyOf(differences);
        }
    }

    /** Whether every statement behaved as the script and PostgreSQL say. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** The mismatches only (not the script problems). */
    public List<Finding> mismatches() {
        return findings.stream().filter(f -> f.kind() == Kind.MISMATCH).toList();
    }

    /** A readable account: a summary line, each finding with both answers, then the skipped statements. */
    public String render() {
        return ReportFormat.render(this);
    }
}

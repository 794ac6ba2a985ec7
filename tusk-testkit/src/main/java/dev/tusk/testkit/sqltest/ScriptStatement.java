package dev.tusk.testkit.sqltest;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a {@link SqlScript} with the directives that precede it.
 *
 * @param line the 1-based line of the script where the statement starts
 * @param sql the statement text, without the terminating semicolon
 * @param session the session (1, 2, ...) the statement runs in
 * @param ordering how its rows are compared
 * @param expectError whether PostgreSQL must answer it with an error ({@code -- @error})
 * @param columnsOnly whether only the result shape is compared, not the values ({@code -- @columns-only})
 * @param skipReason why the target under test does not run it ({@code -- @skip-tusk reason}), if it does not
 * @param ignoredValues the result columns whose values are not compared, only their types and NULLs ({@code --
 *     @ignore-values a, b}): sizes, counters, clocks and version strings that legitimately differ
 * @param oidColumns result columns holding OIDs under another type, e.g. {@code oid::bigint} ({@code --
 *     @oid-columns a, b}), which a catalog normaliser treats as it treats columns of type {@code oid}
 */
public record ScriptStatement(
        int line,
        String sql,
        int session,
        Ordering ordering,
        boolean expectError,
        boolean columnsOnly,
        Optional<String> skipReason,
        java.util.Set<String> ignoredValues,
        java.util.Set<String> oidColumns) {

    /** How the rows of a result are compared. */
    public enum Ordering {
        /** In order when the statement has a top-level ORDER BY, else as multisets. */
        AUTO,
        /** In order ({@code -- @ordered}). */
        ORDERED,
        /** As multisets, even with an ORDER BY ({@code -- @unordered}). */
        UNORDERED
    }

    /** A statement whose every value is compared. */
    public ScriptStatement(
            int line,
            String sql,
            int session,
            Ordering ordering,
            boolean expectError,
            boolean columnsOnly,
            Optional<String> skipReason) {
        this(
                line,
                sql,
                session,
                ordering,
                expectError,
                columnsOnly,
                skipReason,
                java.util.Set.of(),
                java.util.Set.of());
    }

    /** Checks the components. */
    public ScriptStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(skipReason, "skipReason");
        ignoredValues = java.util.Set.copyOf(ignoredValues);
        oidColumns = java.util.Set.copyOf(oidColumns);
        if (session < 1) {
            throw new IllegalArgumentException("session numbers start at 1: " + session);
        }
    }

    /** Whether rows are compared in order: forced by a directive, or by a top-level ORDER BY. */
    public boolean ordered() {
        return switch (ordering) {
            case ORDERED -> true;
            case UNORDERED -> false;
            case AUTO -> SqlText.hasTopLevelOrderBy(sql);
        };
    }
}

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
 */
public record ScriptStatement(
        int line,
        String sql,
        int session,
        Ordering ordering,
        boolean expectError,
        boolean columnsOnly,
        Optional<String> skipReason) {

    /** How the rows of a result are compared. */
    public enum Ordering {
        /** In order when the statement has a top-level ORDER BY, else as multisets. */
        AUTO,
        /** In order ({@code -- @ordered}). */
        ORDERED,
        /** As multisets, even with an ORDER BY ({@code -- @unordered}). */
        UNORDERED
    }

    /** Checks the components. */
    public ScriptStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(skipReason, "skipReason");
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

package dev.tusk.testkit.sqltest;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed conformance script: its statements in order, each with its directives; see {@link ScriptParser}.
 *
 * @param file where the script was read from, for reports
 * @param statements the statements in script order
 */
public record SqlScript(Path file, List<ScriptStatement> statements) {

    /** Copies the list. */
    public SqlScript {
        statements = List.copyOf(statements);
    }

    /** The file name, e.g. {@code joins.sql}. */
    public String name() {
        return file.getFileName().toString();
    }

    /** The statements the target under test skips, with their reasons. */
    public List<ScriptStatement> skipped() {
        return statements.stream().filter(s -> s.skipReason().isPresent()).toList();
    }
}

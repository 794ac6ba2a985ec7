package dev.tusk.testkit.sqltest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the conformance script format: SQL statements each ended by a {@code ;} at the end of a line
 * (a trailing {@code --} comment may follow it), {@code --} comments, and directives on comment lines between
 * statements. {@code -- @session N} switches to session N until the next switch; the others apply to the next
 * statement only: {@code -- @error}, {@code -- @ordered}, {@code -- @unordered}, {@code -- @columns-only},
 * {@code -- @skip-tusk reason}, {@code -- @ignore-values a, b} and {@code -- @oid-columns a, b}.
 */
public final class ScriptParser {

    private ScriptParser() {}

    /** Reads and parses a UTF-8 script file. */
    public static SqlScript parse(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses script text; {@code file} names it in reports and errors. */
    public static SqlScript parse(Path file, String text) {
        String[] lines = text.split("\r?\n", -1);
        List<ScriptStatement> out = new ArrayList<>();
        SqlText.Scanner scanner = new SqlText.Scanner();
        Pending pending = new Pending();
        int session = 1;
        StringBuilder sql = new StringBuilder();
        int startLine = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int lineNo = n + 1;
            if (sql.isEmpty()) {
                String stripped = line.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (stripped.startsWith("--")) {
                    String comment = stripped.substring(2).strip();
                    if (comment.startsWith("@")) {
                        session = directive(file, lineNo, comment, pending, session);
                    }
                    continue;
                }
                startLine = lineNo;
            }
            int[] kinds = scanner.classify(line);
            int end = statementEnd(line, kinds);
            if (end >= 0 && scanner.inCode()) {
                sql.append(line, 0, end);
                String statement = sql.toString().strip();
                if (statement.isEmpty()) {
                    throw new ScriptException(file, startLine, "empty statement");
                }
                out.add(new ScriptStatement(
                        startLine,
                        statement,
                        session,
                        pending.ordering,
                        pending.error,
                        pending.columnsOnly,
                        Optional.ofNullable(pending.skipReason),
                        pending.ignoredValues,
                        pending.oidColumns));
                pending = new Pending();
                sql.setLength(0);
            } else {
                sql.append(line).append('\n');
            }
        }
        if (!sql.toString().isBlank()) {
            throw new ScriptException(file, startLine, "statement not ended by ';' at the end of a line");
        }
        if (pending.any()) {
            throw new ScriptException(file, lines.length, "directives at the end of the script apply to nothing");
        }
        return new SqlScript(file, out);
    }

    /** The index of a {@code ;} that is the last code character of the line, or -1. */
    private static int statementEnd(String line, int[] kinds) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (kinds[i] == SqlText.Scanner.COMMENT || Character.isWhitespace(line.charAt(i))) {
                continue;
            }
            return kinds[i] == SqlText.Scanner.CODE && line.charAt(i) == ';' ? i : -1;
        }
        return -1;
    }

    private static int directive(Path file, int line, String comment, Pending pending, int session) {
        String[] parts = comment.split("\\s+", 2);
        String name = parts[0];
        String argument = parts.length > 1 ? parts[1].strip() : "";
        switch (name) {
            case "@session" -> {
                try {
                    int s = Integer.parseInt(argument);
                    if (s < 1 || s > 9) {
                        throw new ScriptException(file, line, "@session takes a number from 1 to 9");
                    }
                    return s;
                } catch (NumberFormatException e) {
                    throw new ScriptException(file, line, "@session takes a number from 1 to 9, not: " + argument);
                }
            }
            case "@error" -> pending.error = flag(file, line, name, argument, pending.error);
            case "@ordered", "@unordered" -> {
                if (pending.ordering != ScriptStatement.Ordering.AUTO) {
                    throw new ScriptException(file, line, "the ordering is already given for this statement");
                }
                noArgument(file, line, name, argument);
                pending.ordering =
                        name.equals("@ordered") ? ScriptStatement.Ordering.ORDERED : ScriptStatement.Ordering.UNORDERED;
            }
            case "@columns-only" -> pending.columnsOnly = flag(file, line, name, argument, pending.columnsOnly);
            case "@ignore-values" -> columns(file, line, name, argument, pending.ignoredValues);
            case "@oid-columns" -> columns(file, line, name, argument, pending.oidColumns);
            case "@skip-tusk" -> {
                if (argument.isEmpty()) {
                    throw new ScriptException(file, line, "@skip-tusk must give the reason");
                }
                if (pending.skipReason != null) {
                    throw new ScriptException(file, line, "@skip-tusk given twice");
                }
                pending.skipReason = argument;
            }
            default ->
                throw new ScriptException(
                        file,
                        line,
                        "unknown directive " + name
                                + " (known: @session N, @error, @ordered, @unordered, @columns-only,"
                                + " @skip-tusk reason, @ignore-values a, b, @oid-columns a, b)");
        }
        return session;
    }

    private static void columns(Path file, int line, String name, String argument, java.util.Set<String> into) {
        if (argument.isEmpty()) {
            throw new ScriptException(file, line, name + " names the columns: " + name + " a, b");
        }
        for (String column : argument.split(",")) {
            if (column.isBlank() || !into.add(column.strip())) {
                throw new ScriptException(file, line, name + ": empty or repeated column: " + argument);
            }
        }
    }

    private static boolean flag(Path file, int line, String name, String argument, boolean already) {
        noArgument(file, line, name, argument);
        if (already) {
            throw new ScriptException(file, line, name + " given twice");
        }
        return true;
    }

    private static void noArgument(Path file, int line, String name, String argument) {
        if (!argument.isEmpty()) {
            throw new ScriptException(file, line, name + " takes no argument: " + argument);
        }
    }

    /** Directives read since the last statement. */
    private static final class Pending {
        ScriptStatement.Ordering ordering = ScriptStatement.Ordering.AUTO;
        boolean error;
        boolean columnsOnly;
        String skipReason;
        final java.util.Set<String> ignoredValues = new java.util.LinkedHashSet<>();
        final java.util.Set<String> oidColumns = new java.util.LinkedHashSet<>();

        boolean any() {
            return ordering != ScriptStatement.Ordering.AUTO
                    || error
                    || columnsOnly
                    || skipReason != null
                    || !ignoredValues.isEmpty()
                    || !oidColumns.isEmpty();
        }
    }
}

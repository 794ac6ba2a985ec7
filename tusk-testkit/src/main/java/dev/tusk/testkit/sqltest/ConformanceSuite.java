package dev.tusk.testkit.sqltest;

import dev.tusk.testkit.pg.Clients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The JUnit 5 entry point: the {@code *.sql} scripts of a directory as dynamic tests, each run on a real
 * PostgreSQL 15 and on a target and compared statement by statement.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> conformance() {
 *     return ConformanceSuite.in(Path.of("src/test/resources/conformance"))
 *             .against(SqlTarget.of("tusk", () -> startTuskAndReturnItsDatabase()));
 * }
 * }</pre>
 *
 * <p>Each script is a container holding one test that runs it, and one aborted (skipped) test per statement
 * marked {@code -- @skip-tusk}, so that skips stay visible in every report. Without PostgreSQL 15 installed the
 * tests are skipped, or fail when {@code CI=true}.
 */
public final class ConformanceSuite {

    /** Planner settings of the second run of {@link #againstPostgresOnly()}: other join and grouping strategies. */
    public static final List<String> SECOND_RUN_SETUP =
            List.of("SET enable_hashagg = off", "SET enable_hashjoin = off", "SET enable_mergejoin = off");

    private final Path directory;
    private final Supplier<SqlTarget> reference;
    private final CompareOptions options;

    private ConformanceSuite(Path directory, Supplier<SqlTarget> reference, CompareOptions options) {
        this.directory = directory;
        this.reference = reference;
        this.options = options;
    }

    /** The {@code *.sql} files of a directory (not its subdirectories), in name order, compared strictly. */
    public static ConformanceSuite in(Path directory) {
        return new ConformanceSuite(directory, PostgresTarget::shared, CompareOptions.strict());
    }

    /** This suite comparing errors and notices only on the given fields. */
    public ConformanceSuite withOptions(CompareOptions newOptions) {
        return new ConformanceSuite(directory, reference, Objects.requireNonNull(newOptions));
    }

    /** This suite with another reference PostgreSQL than {@link PostgresTarget#shared()}. */
    public ConformanceSuite withReference(Supplier<SqlTarget> newReference) {
        return new ConformanceSuite(directory, Objects.requireNonNull(newReference), options);
    }

    /** The script files, in name order. */
    public List<Path> scripts() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> out =
                    new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList());
            if (out.isEmpty()) {
                throw new IllegalStateException("no *.sql scripts in " + directory.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory.toAbsolutePath(), e);
        }
    }

    /** Every script, run on the reference and on {@code target}, honouring {@code -- @skip-tusk}. */
    public Stream<DynamicNode> against(SqlTarget target) {
        return scripts().stream().map(file -> container(file, target, true));
    }

    /**
     * Every script checked against PostgreSQL alone: it must raise exactly the errors marked {@code -- @error}, and
     * a second run in another fresh database, whose sessions plan differently ({@link #SECOND_RUN_SETUP}), must give
     * the same answers. That finds values that need {@code -- @columns-only} and some ORDER BYs that leave ties.
     * Skips do not apply: every statement must work on PostgreSQL.
     */
    public Stream<DynamicNode> againstPostgresOnly() {
        SqlTarget rerun = SqlTarget.of("postgresql-15", () -> reference.get().freshDatabase())
                .withSessionSetup("postgresql-15 (second run)", SECOND_RUN_SETUP);
        return scripts().stream().map(file -> container(file, rerun, false));
    }

    private DynamicNode container(Path file, SqlTarget target, boolean honourSkips) {
        SqlScript script;
        try {
            script = ScriptParser.parse(file);
        } catch (ScriptException | UncheckedIOException e) {
            return DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                throw e;
            });
        }
        List<DynamicNode> children = new ArrayList<>();
        children.add(DynamicTest.dynamicTest("on " + target.name(), () -> runScript(script, target, honourSkips)));
        if (honourSkips) {
            for (ScriptStatement s : script.skipped()) {
                children.add(DynamicTest.dynamicTest(
                        "line " + s.line() + " skipped on " + target.name(),
                        () -> Assumptions.abort(s.skipReason().orElseThrow() + ": " + s.sql())));
            }
        }
        return DynamicContainer.dynamicContainer(script.name(), children.stream());
    }

    private void runScript(SqlScript script, SqlTarget target, boolean honourSkips) {
        Clients.assumeAvailable(Clients.postgresServer());
        ScriptReport report = ScriptRun.run(script, reference.get(), target, honourSkips, options);
        if (!report.passed()) {
            Assertions.fail(report.render());
        }
    }
}

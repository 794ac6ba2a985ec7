package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tusk.calcite.engine.CalciteEngine;
import dev.tusk.server.PgServer;
import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.pg.PostgresInstance;
import dev.tusk.testkit.sqltest.CatalogNormalisation;
import dev.tusk.testkit.sqltest.CompareOptions;
import dev.tusk.testkit.sqltest.ConformanceSuite;
import dev.tusk.testkit.sqltest.PostgresTarget;
import dev.tusk.testkit.sqltest.ScriptParser;
import dev.tusk.testkit.sqltest.ScriptReport;
import dev.tusk.testkit.sqltest.ScriptRun;
import dev.tusk.testkit.sqltest.SqlScript;
import dev.tusk.testkit.sqltest.SqlTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog queries GUI tools and drivers that cannot run here send (DBeaver, pgAdmin 4, DataGrip, Metabase,
 * Grafana, Superset, Tableau, Npgsql for Power BI), quoted from their sources in {@code catalog/tools/*.sql}, replayed
 * after {@code catalog/schema.sql} on PostgreSQL 15 and on the Calcite engine, and their answers compared with OIDs,
 * transaction ids and the database and user names normalised ({@link CatalogNormalisation}).
 *
 * <p>Every query must work on PostgreSQL and answer the same in a second cluster's database planned differently
 * (other OIDs, other transaction ids, other database names: that checks the normalisation too). On Tusk, the
 * statements that do not match yet are listed in {@code catalog/tools/calcite-known-mismatches.txt} (with the schema
 * statements Tusk rejects, as {@code schema.sql:LINE}): the test fails on a new mismatch and on a listed one that
 * now matches; {@code -Dtusk.tools.rebaseline=true} (or {@code -Dtusk.conformance.rebaseline=true}) rewrites the
 * list, {@code -Dtusk.tools.show=dbeaver.sql} (comma-separated, or {@code *}) prints the full reports.
 */
class GuiToolQueriesTest {

    static final Path CATALOG = Path.of("src/test/resources/catalog");
    static final Path TOOLS = CATALOG.resolve("tools");
    static final Path SCHEMA = CATALOG.resolve("schema.sql");
    private static final Path BASELINE = TOOLS.resolve("calcite-known-mismatches.txt");

    @Test
    void toolQueriesRunAndAnswerTheSameOnPostgresTwice() throws IOException {
        Clients.assumeAvailable(Clients.postgresServer());
        SqlTarget first = new SchemaSetupTarget(PostgresTarget.shared(), SCHEMA, true);
        StringBuilder failures = new StringBuilder();
        // the second run has a cluster of its own: in the shared one, each side would see the other's database
        try (PostgresInstance other = PostgresInstance.start()) {
            SqlTarget second = new SchemaSetupTarget(
                    new PostgresTarget(other, "postgresql-15")
                            .withSessionSetup("postgresql-15 (second run)", ConformanceSuite.SECOND_RUN_SETUP),
                    SCHEMA,
                    true);
            for (Path file : toolScripts()) {
                SqlScript script = ScriptParser.parse(file);
                ScriptReport report = ScriptRun.run(
                        script, first, second, false, CompareOptions.strict(), new CatalogNormalisation());
                if (!report.passed()) {
                    failures.append(report.render()).append('\n');
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.toString());
        }
    }

    @Test
    void toolQueriesMatchPostgresOnTuskExceptTheKnownMismatches() throws IOException {
        Clients.assumeAvailable(Clients.postgresServer());
        SqlTarget reference = new SchemaSetupTarget(PostgresTarget.shared(), SCHEMA, true);
        SchemaSetupTarget tusk = new SchemaSetupTarget(
                SqlTarget.of("tusk-calcite", () -> {
                    PgServer server = PgServer.builder()
                            .host("127.0.0.1")
                            .port(0)
                            .engine(new CalciteEngine())
                            .build()
                            .start();
                    return SqlTarget.Database.jdbc(
                            "jdbc:postgresql://127.0.0.1:" + server.port() + "/tools", "tusk", "", server::close);
                }),
                SCHEMA,
                false);
        Set<String> known = new TreeSet<>();
        if (Files.exists(BASELINE)) {
            for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    known.add(line.trim());
                }
            }
        }
        Set<String> now = new TreeSet<>();
        StringBuilder summary = new StringBuilder();
        String show = System.getProperty("tusk.tools.show", "");
        for (Path file : toolScripts()) {
            SqlScript script = ScriptParser.parse(file);
            ScriptReport report =
                    ScriptRun.run(script, reference, tusk, true, CompareOptions.strict(), new CatalogNormalisation());
            if (show.equals("*") || Arrays.asList(show.split(",")).contains(script.name())) {
                System.out.println(report.render());
            }
            int mismatched = 0;
            for (ScriptReport.Finding f : report.findings()) {
                if (f.kind() != ScriptReport.Kind.MISMATCH) {
                    fail(script.name() + ":" + f.statement().line() + " does not run on PostgreSQL as written:\n"
                            + report.render());
                }
                now.add(script.name() + ":" + f.statement().line());
                mismatched++;
            }
            summary.append(String.format(
                    Locale.ROOT,
                    "%-28s %4d of %4d match%n",
                    script.name(),
                    report.compared() - mismatched,
                    report.compared()));
        }
        now.addAll(tusk.failures().keySet());
        summary.append(String.format(
                Locale.ROOT,
                "%-28s %4d of %4d statements rejected by Tusk%n",
                SCHEMA.getFileName(),
                tusk.failures().size(),
                tusk.statements().size()));
        System.out.print(summary);
        if (Boolean.getBoolean("tusk.tools.rebaseline") || Boolean.getBoolean("tusk.conformance.rebaseline")) {
            List<String> lines = new ArrayList<>();
            lines.add("# Tool catalog queries (catalog/tools/*.sql) and schema statements (schema.sql) the Calcite");
            lines.add("# engine does not answer as PostgreSQL 15 does (file:line). Maintained by GuiToolQueriesTest;");
            lines.add("# rewrite with -Dtusk.tools.rebaseline=true.");
            lines.addAll(now);
            Files.write(BASELINE, lines, StandardCharsets.UTF_8);
            return;
        }
        Set<String> regressions = new TreeSet<>(now);
        regressions.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(now);
        if (!regressions.isEmpty() || !fixed.isEmpty()) {
            fail("Tool catalog queries changed.\nNew mismatches: " + regressions + "\nNow matching (remove from "
                    + BASELINE.getFileName() + "): " + fixed + "\nSchema statements Tusk rejects: " + tusk.failures()
                    + "\n" + summary);
        }
    }

    private static List<Path> toolScripts() throws IOException {
        try (Stream<Path> files = Files.list(TOOLS)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }
}

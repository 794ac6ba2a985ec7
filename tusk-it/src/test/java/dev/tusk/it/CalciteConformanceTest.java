package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tusk.calcite.engine.CalciteEngine;
import dev.tusk.server.PgServer;
import dev.tusk.testkit.sqltest.CompareOptions;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance scripts against the Calcite engine, statement by statement, compared with PostgreSQL 15. The
 * statements that do not match yet are listed in {@code calcite-known-mismatches.txt}: the test fails when a
 * statement outside the list mismatches (a regression) and when a listed one matches (progress: shorten the list,
 * or run with {@code -Dtusk.conformance.rebaseline=true} to rewrite it). {@code -Dtusk.conformance.show=x.sql}
 * prints one script's full report (a comma-separated list or {@code *} prints several).
 */
class CalciteConformanceTest {
    private static final Path BASELINE = ConformanceScriptsTest.SCRIPTS.resolve("calcite-known-mismatches.txt");

    @Test
    void scriptsMatchPostgresExceptTheKnownMismatches() throws IOException {
        SqlTarget tusk = SqlTarget.of("tusk-calcite", () -> {
            PgServer server = PgServer.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .engine(new CalciteEngine())
                    .build()
                    .start();
            return SqlTarget.Database.jdbc(
                    "jdbc:postgresql://127.0.0.1:" + server.port() + "/tusk", "tusk", "", server::close);
        });
        Set<String> known = new TreeSet<>();
        if (Files.exists(BASELINE)) {
            for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    known.add(line.trim());
                }
            }
        }
        Set<String> now = new TreeSet<>();
        List<String> regressions = new ArrayList<>();
        int compared = 0;
        List<Path> scripts;
        try (Stream<Path> files = Files.list(ConformanceScriptsTest.SCRIPTS)) {
            scripts = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
        StringBuilder summary = new StringBuilder();
        for (Path file : scripts) {
            SqlScript script = ScriptParser.parse(file);
            ScriptReport report = ScriptRun.run(script, PostgresTarget.shared(), tusk, true, CompareOptions.strict());
            compared += report.compared();
            String show = System.getProperty("tusk.conformance.show", "");
            if (show.equals("*") || java.util.Arrays.asList(show.split(",")).contains(script.name())) {
                // -Dtusk.conformance.show=<script>.sql[,<script>.sql] (or *) prints their full reports
                System.out.println(report.render());
            }
            int mismatched = 0;
            for (ScriptReport.Finding f : report.mismatches()) {
                String key = script.name() + ":" + f.statement().line();
                now.add(key);
                mismatched++;
                if (!known.contains(key)) {
                    regressions.add(key);
                }
            }
            summary.append(String.format(
                    java.util.Locale.ROOT,
                    "%-32s %4d of %4d match%n",
                    script.name(),
                    report.compared() - mismatched,
                    report.compared()));
        }
        summary.append(String.format(
                java.util.Locale.ROOT, "%-32s %4d of %4d match%n", "total", compared - now.size(), compared));
        System.out.print(summary);
        if (Boolean.getBoolean("tusk.conformance.rebaseline")) {
            List<String> lines = new ArrayList<>();
            lines.add(
                    "# Conformance statements the Calcite engine does not answer as PostgreSQL 15 does (script:line).");
            lines.add("# Maintained by CalciteConformanceTest; rewrite with -Dtusk.conformance.rebaseline=true.");
            lines.addAll(now);
            Files.write(
                    Path.of("src/test/resources/conformance/calcite-known-mismatches.txt"),
                    lines,
                    StandardCharsets.UTF_8);
            return;
        }
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(now);
        if (!regressions.isEmpty() || !fixed.isEmpty()) {
            fail("Calcite conformance changed.\nNew mismatches: " + regressions + "\nNow matching (remove from "
                    + BASELINE.getFileName() + "): " + fixed + "\n" + summary);
        }
    }
}

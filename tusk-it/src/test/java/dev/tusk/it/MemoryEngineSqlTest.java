package dev.tusk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import dev.tusk.testkit.sqltest.CompareOptions;
import dev.tusk.testkit.sqltest.ConformanceSuite;
import dev.tusk.testkit.sqltest.PostgresTarget;
import dev.tusk.testkit.sqltest.ScriptParser;
import dev.tusk.testkit.sqltest.ScriptReport;
import dev.tusk.testkit.sqltest.ScriptRun;
import dev.tusk.testkit.sqltest.SqlScript;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The example MemoryEngine answers its scripts as PostgreSQL 15 does, and the harness sees when it does not. */
class MemoryEngineSqlTest {

    @TestFactory
    Stream<DynamicNode> memoryEngineScripts() {
        return ConformanceSuite.in(Path.of("src/test/resources/sqltest/memory-engine"))
                .against(SqlTestTargets.memoryEngine());
    }

    @Test
    void deliberateDifferencesAreReported() {
        Clients.assumeAvailable(Clients.postgresServer());
        SqlScript script = ScriptParser.parse(
                Path.of("negative.sql"),
                """
                CREATE TABLE t (id int4 PRIMARY KEY, price float8);
                INSERT INTO t VALUES (1, 0.1), (2, 0.25), (3, 1.5), (4, 2);
                SELECT id, price + 0.2 AS p FROM t;
                SELECT id, price + 0.2 AS p FROM t ORDER BY id;
                -- @error
                INSERT INTO t VALUES (1, 0);
                SHOW application_name;
                """);
        ScriptReport report = ScriptRun.run(
                script,
                PostgresTarget.shared(),
                SqlTestTargets.memoryEngine()
                        .withSessionSetup("tusk-memory-altered", List.of("SET extra_float_digits = 0")),
                true,
                CompareOptions.strict());
        String text = report.render();
        assertEquals(
                List.of(3, 4, 7),
                report.mismatches().stream().map(f -> f.statement().line()).toList(),
                text);
        assertTrue(
                text.startsWith("negative.sql: 6 statements, 6 compared between postgresql-15 and tusk-memory-altered,"
                        + " 3 mismatches, 0 script problems, 0 skipped\n"),
                text);
        assertTrue(
                text.contains(
                        """
                        negative.sql:3: differs in rows
                            SELECT id, price + 0.2 AS p FROM t
                          postgresql-15 answered:
                            columns: id int4[oid 23], p float8[oid 701]
                            rows: 4 (compared as a multiset)
                              1 | 0.30000000000000004
                              2 | 0.45
                              3 | 1.7
                              4 | 2.2
                            command tag: SELECT 4
                            transaction status: idle
                          tusk-memory-altered answered:
                            columns: id int4[oid 23], p float8[oid 701]
                            rows: 4 (compared as a multiset)
                              1 | 0.3
                              2 | 0.45
                              3 | 1.7
                              4 | 2.2
                            command tag: SELECT 4
                            transaction status: idle
                          rows only from postgresql-15:
                              1 | 0.30000000000000004
                          rows only from tusk-memory-altered:
                              1 | 0.3
                        """),
                text);
        assertTrue(text.contains("rows: 4 (compared in order)"), text);
        assertTrue(text.contains("  first differing row: 1\n"), text);
        assertTrue(
                text.contains(
                        """
                        negative.sql:7: differs in command tag
                            SHOW application_name
                        """),
                text);
    }
}

package dev.tusk.testkit.sqltest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.testkit.pg.Clients;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The harness against real PostgreSQL: PostgreSQL agrees with itself, and deliberate differences are reported. */
class ScriptRunTest {

    private PostgresTarget pg;

    @BeforeEach
    void needsPostgres() {
        Clients.assumeAvailable(Clients.postgresServer());
        pg = PostgresTarget.shared();
    }

    private static SqlScript script(String text) {
        return ScriptParser.parse(Path.of("self-test.sql"), text);
    }

    /** PostgreSQL whose sessions first run the given SET statements: answers that differ on purpose. */
    private SqlTarget altered(String... settings) {
        return pg.withSessionSetup("altered-postgresql", List.of(settings));
    }

    @Test
    void postgresAgreesWithItself() {
        SqlScript s = script(
                """
                CREATE TABLE t (id int PRIMARY KEY, name text, price numeric(6,2));
                INSERT INTO t VALUES (1, 'a', 1.5), (2, NULL, 2), (3, 'c|d', NULL) RETURNING *;
                SELECT * FROM t ORDER BY id DESC;
                SELECT name FROM t;
                -- @error
                INSERT INTO t VALUES (1, 'dup', 0);
                DROP TABLE IF EXISTS nope;
                BEGIN;
                -- @error
                SELECT 1/0;
                -- @error
                SELECT 1;
                ROLLBACK;
                -- @session 2
                SET TimeZone = 'Asia/Kolkata';
                SELECT '2024-01-01 00:00:00+00'::timestamptz;
                -- @columns-only
                SELECT random(), now();
                """);
        ScriptReport r = ScriptRun.run(s, pg, pg, true, CompareOptions.strict());
        assertTrue(r.passed(), r::render);
        assertEquals(13, r.compared());
    }

    @Test
    void differencesAreReportedWithBothAnswers() {
        SqlScript s = script(
                """
                SELECT interval '1 day 02:03:04' AS i;
                SELECT 0.1::float8 + 0.2 AS f;
                -- @error
                SELECT 1/0;
                SELECT x FROM generate_series(1, 3) AS x;
                CREATE TABLE t (a int);
                DROP TABLE IF EXISTS nope;
                -- @skip-tusk not supported yet, says the test
                SELECT 42;
                """);
        ScriptReport r = ScriptRun.run(
                s,
                pg,
                altered(
                        "SET IntervalStyle = postgres_verbose",
                        "SET extra_float_digits = 0",
                        "SET search_path = ''",
                        "SET client_min_messages = warning"),
                true,
                CompareOptions.strict());
        assertEquals(6, r.compared());
        assertEquals(
                List.of(1, 2, 6, 7),
                r.findings().stream().map(f -> f.statement().line()).toList());
        assertEquals(List.of("rows"), r.findings().get(0).differences());
        assertEquals(List.of("command tag", "error"), r.findings().get(2).differences());
        assertEquals(List.of("notices"), r.findings().get(3).differences());
        String text = r.render();
        assertTrue(
                text.startsWith("self-test.sql: 7 statements, 6 compared between postgresql-15 and altered-postgresql,"
                        + " 4 mismatches, 0 script problems, 1 skipped\n"),
                text);
        assertTrue(
                text.contains(
                        """
                        self-test.sql:1: differs in rows
                            SELECT interval '1 day 02:03:04' AS i
                          postgresql-15 answered:
                            columns: i interval[oid 1186]
                            rows: 1 (compared as a multiset)
                              1 day 02:03:04
                            command tag: SELECT 1
                            transaction status: idle
                          altered-postgresql answered:
                            columns: i interval[oid 1186]
                            rows: 1 (compared as a multiset)
                              @ 1 day 2 hours 3 mins 4 secs
                            command tag: SELECT 1
                            transaction status: idle
                        """),
                text);
        assertTrue(
                text.contains(
                        """
                        self-test.sql:6: differs in command tag, error
                            CREATE TABLE t (a int)
                          postgresql-15 answered:
                            command tag: CREATE TABLE
                            transaction status: idle
                          altered-postgresql answered:
                            error: ERROR 3F000: no schema has been selected to create in (position 14)
                            transaction status: idle
                        """),
                text);
        assertTrue(text.contains("    notice: NOTICE 00000: table \"nope\" does not exist, skipping\n"), text);
        assertTrue(
                text.endsWith(
                        """
                        skipped on altered-postgresql:
                          self-test.sql:9: not supported yet, says the test
                            SELECT 42
                        """),
                text);
    }

    @Test
    void largerResultsShowTheRowsThatDiffer() {
        SqlScript s = script(
                """
                SELECT x + 0.2::float8 AS y FROM (VALUES (3::float8), (0.1), (1), (2)) AS v (x);
                SELECT x + 0.2::float8 AS y FROM (VALUES (3::float8), (0.1), (1), (2)) AS v (x) ORDER BY x;
                """);
        ScriptReport r = ScriptRun.run(s, pg, altered("SET extra_float_digits = 0"), true, CompareOptions.strict());
        String text = r.render();
        assertTrue(
                text.contains(
                        """
                          rows only from postgresql-15:
                              0.30000000000000004
                          rows only from altered-postgresql:
                              0.3
                        """),
                text);
        assertTrue(
                text.contains(
                        """
                            rows: 4 (compared in order)
                              0.3
                              1.2
                              2.2
                              3.2
                            command tag: SELECT 4
                            transaction status: idle
                          first differing row: 1
                        """),
                text);
    }

    @Test
    void orderMattersOnlyWithOrderBy() {
        SqlScript s = script(
                """
                SELECT x FROM generate_series(1, 3) AS x;
                SELECT x FROM generate_series(1, 3) AS x ORDER BY x;
                -- @ordered
                SELECT x FROM generate_series(1, 3) AS x;
                """);
        ScriptReport same = ScriptRun.run(s, pg, pg, true, CompareOptions.strict());
        assertTrue(same.passed(), same::render);
        SqlScript other = script("""
                SELECT x FROM generate_series(1, 3) AS x;
                """);
        SqlScript backwards =
                script("""
                SELECT x FROM generate_series(3, 1, -1) AS x;
                """);
        assertTrue(OutcomeDiff.differences(
                        other.statements().get(0),
                        WireSessions.answer(pg, other),
                        WireSessions.answer(pg, backwards),
                        CompareOptions.strict())
                .isEmpty());
        SqlScript ordered = script(
                """
                -- @ordered
                SELECT x FROM generate_series(1, 3) AS x;
                """);
        assertEquals(
                List.of("rows"),
                OutcomeDiff.differences(
                        ordered.statements().get(0),
                        WireSessions.answer(pg, ordered),
                        WireSessions.answer(pg, backwards),
                        CompareOptions.strict()));
    }

    @Test
    void scriptProblemsAndNondeterminismShowInTheSelfCheck() {
        SqlScript s = script(
                """
                SELECT 1/0;
                -- @error
                SELECT 1;
                SELECT random() AS r;
                """);
        ScriptReport r = ScriptRun.run(s, pg, pg, false, CompareOptions.strict());
        assertEquals(
                List.of(
                        ScriptReport.Kind.UNEXPECTED_ERROR,
                        ScriptReport.Kind.MISSING_ERROR,
                        ScriptReport.Kind.MISMATCH),
                r.findings().stream().map(ScriptReport.Finding::kind).toList());
        String text = r.render();
        assertTrue(
                text.contains(
                        """
                        self-test.sql:1: PostgreSQL answered with an error, but the statement is not marked -- @error
                            SELECT 1/0
                          postgresql-15 answered:
                            error: ERROR 22012: division by zero
                            transaction status: idle
                        """),
                text);
        assertTrue(text.contains("self-test.sql:3: the statement is marked -- @error, but PostgreSQL"), text);
        assertTrue(text.contains("self-test.sql:4: differs in rows"), text);
    }

    @Test
    void oneStatementPerEntry() {
        SqlScript s = script("SELECT 1; SELECT 2;\n");
        ScriptException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScriptException.class, () -> ScriptRun.run(s, pg, pg, true, CompareOptions.strict()));
        assertTrue(e.getMessage().startsWith("self-test.sql:1: a script entry must hold one statement"), e::getMessage);
    }
}

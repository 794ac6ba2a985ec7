package dev.tusk.testkit.sqltest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptParserTest {

    private static final Path FILE = Path.of("t.sql");

    private static List<ScriptStatement> parse(String text) {
        return ScriptParser.parse(FILE, text).statements();
    }

    @Test
    void statementsEndAtSemicolonsThatEndALine() {
        List<ScriptStatement> s = parse(
                """
                -- a comment
                CREATE TABLE t (a int);

                SELECT a,
                       'x;' AS b   -- not the end;
                  FROM t; -- the end
                SELECT 1; SELECT 2;
                """);
        assertEquals(3, s.size());
        assertEquals("CREATE TABLE t (a int)", s.get(0).sql());
        assertEquals(2, s.get(0).line());
        assertEquals(
                "SELECT a,\n       'x;' AS b   -- not the end;\n  FROM t",
                s.get(1).sql());
        assertEquals(4, s.get(1).line());
        assertEquals("SELECT 1; SELECT 2", s.get(2).sql());
    }

    @Test
    void quotesAndCommentsSpanLines() {
        List<ScriptStatement> s = parse(
                """
                SELECT 'a;
                b;
                c' AS x;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$
                  SELECT 1;
                $body$;
                SELECT E'it\\'s;
                ' /* nested /* comment; */ still;
                */ AS y;
                SELECT "col;
                umn" FROM t;
                SELECT $$a$$ || $x$;$x$;
                """);
        assertEquals(5, s.size(), s.toString());
        assertEquals("SELECT 'a;\nb;\nc' AS x", s.get(0).sql());
        assertTrue(s.get(1).sql().endsWith("$body$"));
        assertTrue(s.get(2).sql().endsWith("*/ AS y"));
        assertEquals(10, s.get(3).line());
        assertEquals("SELECT $$a$$ || $x$;$x$", s.get(4).sql());
    }

    @Test
    void directivesApplyToTheNextStatementAndSessionsStick() {
        List<ScriptStatement> s = parse(
                """
                -- @error
                SELECT 1/0;
                -- @session 2
                -- @ordered
                SELECT 1;
                -- @columns-only
                -- @skip-tusk now() is not supported yet
                SELECT now();
                -- @session 1
                -- @unordered
                SELECT 1 ORDER BY 1;
                """);
        assertTrue(s.get(0).expectError());
        assertEquals(1, s.get(0).session());
        assertEquals(2, s.get(1).session());
        assertFalse(s.get(1).expectError());
        assertEquals(ScriptStatement.Ordering.ORDERED, s.get(1).ordering());
        assertEquals(2, s.get(2).session());
        assertTrue(s.get(2).columnsOnly());
        assertEquals(Optional.of("now() is not supported yet"), s.get(2).skipReason());
        assertEquals(1, s.get(3).session());
        assertFalse(s.get(3).ordered());
    }

    @Test
    void columnDirectivesNameColumns() {
        List<ScriptStatement> s = parse(
                """
                -- @ignore-values version, size
                -- @oid-columns id
                SELECT version(), 1 AS size, 2::bigint AS id;
                SELECT 1;
                """);
        assertEquals(java.util.Set.of("version", "size"), s.get(0).ignoredValues());
        assertEquals(java.util.Set.of("id"), s.get(0).oidColumns());
        assertTrue(s.get(1).ignoredValues().isEmpty());
        assertTrue(s.get(1).oidColumns().isEmpty());
        assertThrows(ScriptException.class, () -> parse("-- @ignore-values\nSELECT 1;\n"));
        assertThrows(ScriptException.class, () -> parse("-- @oid-columns a, a\nSELECT 1;\n"));
    }

    @Test
    void malformedScriptsNameTheLine() {
        assertEquals(
                "t.sql:2: @skip-tusk must give the reason",
                assertThrows(ScriptException.class, () -> parse("SELECT 1;\n-- @skip-tusk\nSELECT 2;"))
                        .getMessage());
        assertTrue(assertThrows(ScriptException.class, () -> parse("-- @eror\nSELECT 1;"))
                .getMessage()
                .startsWith("t.sql:1: unknown directive @eror"));
        assertEquals(
                "t.sql:2: statement not ended by ';' at the end of a line",
                assertThrows(ScriptException.class, () -> parse("SELECT 1;\nSELECT 2\n"))
                        .getMessage());
        assertEquals(
                "t.sql:1: statement not ended by ';' at the end of a line",
                assertThrows(ScriptException.class, () -> parse("SELECT 'a;\n")).getMessage());
        assertEquals(
                "t.sql:3: directives at the end of the script apply to nothing",
                assertThrows(ScriptException.class, () -> parse("SELECT 1;\n-- @error\n"))
                        .getMessage());
        assertThrows(ScriptException.class, () -> parse("-- @session 0\nSELECT 1;"));
        assertThrows(ScriptException.class, () -> parse("-- @error\n-- @error\nSELECT 1;"));
        assertThrows(ScriptException.class, () -> parse("-- @ordered\n-- @unordered\nSELECT 1;"));
    }

    @Test
    void topLevelOrderBy() {
        assertTrue(SqlText.hasTopLevelOrderBy("SELECT a FROM t ORDER BY a"));
        assertTrue(SqlText.hasTopLevelOrderBy("select a from t\norder\n  by a desc limit 3"));
        assertTrue(SqlText.hasTopLevelOrderBy("WITH x AS (SELECT 1 AS a) SELECT a FROM x ORDER BY a"));
        assertTrue(SqlText.hasTopLevelOrderBy("SELECT 1 UNION SELECT 2 ORDER BY 1"));
        assertFalse(SqlText.hasTopLevelOrderBy("SELECT array_agg(a ORDER BY a) FROM t"));
        assertFalse(SqlText.hasTopLevelOrderBy("SELECT row_number() OVER (ORDER BY a) FROM t"));
        assertFalse(SqlText.hasTopLevelOrderBy("SELECT * FROM (SELECT a FROM t ORDER BY a) s"));
        assertFalse(SqlText.hasTopLevelOrderBy("SELECT 'ORDER BY' FROM t -- ORDER BY a"));
        assertFalse(SqlText.hasTopLevelOrderBy("SELECT \"order\" by_x FROM t"));
        assertFalse(SqlText.hasTopLevelOrderBy("SELECT (ARRAY[3,1])[1] AS border_by FROM t"));
    }
}

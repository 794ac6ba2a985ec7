package dev.tusk.examples.memory.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.server.api.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1",
                "select 1 as a, 'x' as b",
                "SELECT $1::int4 + 1",
                "SELECT CAST($1 AS bigint)",
                "SELECT E'a\\nb', 'it''s', TRUE, false, NULL, 1.5, -2, 1e3",
                "SELECT * FROM t WHERE a >= 1 AND b <> 'x' OR c IS NOT NULL ORDER BY a DESC, 2 LIMIT 10 OFFSET $1",
                "SELECT count(*) FROM t WHERE x != 3",
                "SELECT * FROM generate_series(1, 10) AS g",
                "SELECT generate_series(1,3)",
                "SELECT pg_sleep(0.1)",
                "SELECT version(), current_setting('TimeZone'), pg_notify('ch', 'hi')",
                "SHOW DateStyle",
                "SHOW TIME ZONE",
                "SET search_path = public, pg_catalog",
                "SET SESSION DateStyle TO 'ISO, MDY'",
                "SET LOCAL statement_timeout = 0",
                "SET TIME ZONE 'UTC'",
                "SET extra_float_digits = -3",
                "RESET ALL",
                "RESET application_name",
                "CREATE TABLE IF NOT EXISTS \"Mixed\" (id int8 PRIMARY KEY, name varchar(20) NOT NULL, d double precision,"
                        + " t timestamp with time zone, n numeric(10,2), b boolean, u uuid, by bytea, s smallint, r real)",
                "CREATE TABLE k (a int, b text, PRIMARY KEY (a, b))",
                "DROP TABLE IF EXISTS a, b",
                "TRUNCATE TABLE t",
                "TRUNCATE t",
                "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
                "INSERT INTO public.t (a, b) VALUES ($1, $2) RETURNING *",
                "UPDATE t SET a = a + 1, b = $1 WHERE id = $2 RETURNING id, a",
                "DELETE FROM t WHERE id = $1",
                "DELETE FROM t",
                "BEGIN",
                "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                "START TRANSACTION",
                "COMMIT",
                "END",
                "ROLLBACK WORK",
                "ABORT",
                "COPY t FROM STDIN",
                "COPY t (a, b) FROM stdin WITH (FORMAT csv, DELIMITER ';', NULL 'x', HEADER true, QUOTE '\"', ESCAPE '\\')",
                "COPY t FROM STDIN WITH CSV HEADER",
                "COPY t FROM STDIN BINARY",
                "COPY \"t\"(\"a\",\"b\") TO stdout WITH DELIMITER AS '\t' NULL AS '\\N'",
                "COPY (SELECT * FROM t) TO STDOUT (FORMAT csv)",
                "LISTEN ch",
                "UNLISTEN *",
                "UNLISTEN ch",
                "NOTIFY ch",
                "NOTIFY ch, 'payload'",
                "DISCARD ALL",
                "SELECT 1;",
                "-- comment only",
                "SELECT /* nested /* comment */ */ 1",
            })
    void parses(String sql) {
        Parser.parse(sql);
    }

    @Test
    void foldsUnquotedIdentifiersLocaleIndependently() {
        Statement.Select s = (Statement.Select) Parser.parse("SELECT ID, \"ID\" FROM ITEMS");
        assertEquals("id", ((Expr.ColumnRef) s.items().get(0).expr()).name());
        assertEquals("ID", ((Expr.ColumnRef) s.items().get(1).expr()).name());
        assertEquals("items", ((Statement.TableRef) s.from()).name());
        Statement.Select turkish = (Statement.Select) Parser.parse("SELECT İD, IDX FROM T");
        assertEquals("İd", ((Expr.ColumnRef) turkish.items().get(0).expr()).name(), "only ASCII letters fold");
        assertEquals("idx", ((Expr.ColumnRef) turkish.items().get(1).expr()).name(), "no dotless ı");
    }

    @Test
    void stringsAndEscapes() {
        Statement.Select s = (Statement.Select) Parser.parse("SELECT 'it''s', E'a\\tb\\\\', e'\\x41'");
        assertEquals("it's", ((Expr.Literal) s.items().get(0).expr()).text());
        assertEquals("a\tb\\", ((Expr.Literal) s.items().get(1).expr()).text());
        assertEquals("A", ((Expr.Literal) s.items().get(2).expr()).text());
    }

    @Test
    void parametersAndCasts() {
        Statement.Select s = (Statement.Select) Parser.parse("SELECT $1::int4 + 1, CAST($2 AS double precision)");
        Expr.Binary plus = (Expr.Binary) s.items().get(0).expr();
        Expr.Cast cast = (Expr.Cast) plus.left();
        assertEquals(1, ((Expr.Param) cast.expr()).number());
        assertEquals("int4", cast.type().name());
        assertEquals("float8", ((Expr.Cast) s.items().get(1).expr()).type().name());
    }

    @Test
    void negativeLiteralsFold() {
        Statement.Select s = (Statement.Select) Parser.parse("SELECT -2147483648");
        assertEquals("-2147483648", ((Expr.Literal) s.items().get(0).expr()).text());
    }

    @Test
    void copyOptionsOldAndNewSyntax() {
        Statement.Copy c = (Statement.Copy)
                Parser.parse("COPY \"t\"(\"a\",\"b\") FROM stdin WITH DELIMITER AS '\t' NULL AS '\\N'");
        assertEquals(List.of("a", "b"), c.columns());
        assertTrue(c.from());
        assertEquals("\t", c.options().delimiter());
        assertEquals("\\N", c.options().nullString());
        Statement.Copy csv = (Statement.Copy) Parser.parse("COPY t TO STDOUT WITH CSV HEADER");
        assertEquals("csv", csv.options().format());
        assertEquals(Boolean.TRUE, csv.options().header());
        Statement.Copy q = (Statement.Copy) Parser.parse("COPY (SELECT 1) TO STDOUT");
        assertNull(q.table());
        assertInstanceOf(Statement.Select.class, q.query());
    }

    @Test
    void transactionTags() {
        assertEquals("START TRANSACTION", ((Statement.Transaction) Parser.parse("start transaction")).tag());
        assertEquals("COMMIT", ((Statement.Transaction) Parser.parse("END")).tag());
        assertEquals("ROLLBACK", ((Statement.Transaction) Parser.parse("abort")).tag());
    }

    private static PgException error(String sql) {
        return assertThrows(PgException.class, () -> Parser.parse(sql));
    }

    @Test
    void syntaxErrorsHavePostgresWordingAndPosition() {
        PgException e = error("SELEC 1");
        assertEquals("42601", e.sqlState());
        assertEquals("syntax error at or near \"SELEC\"", e.getMessage());
        assertEquals(1, e.position());
        e = error("SELECT 1 FROM");
        assertEquals("syntax error at end of input", e.getMessage());
        assertEquals(14, e.position());
        e = error("SELECT (1");
        assertEquals("42601", e.sqlState());
        e = error("SELECT 'abc");
        assertTrue(e.getMessage().startsWith("unterminated quoted string"));
        e = error("INSERT INTO t VALUES (1,)");
        assertEquals("syntax error at or near \")\"", e.getMessage());
        assertEquals(25, e.position());
        e = error("SELECT 1 2");
        assertEquals("syntax error at or near \"2\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE INDEX i ON t (a)",
                "ALTER TABLE t ADD COLUMN b int",
                "SELECT a FROM t GROUP BY a",
                "SELECT * FROM a JOIN b ON a.x = b.x",
                "SELECT 1 UNION SELECT 2",
                "SELECT DISTINCT a FROM t",
                "SAVEPOINT s",
                "EXPLAIN SELECT 1",
                "WITH x AS (SELECT 1) SELECT * FROM x",
                "VALUES (1)",
                "PREPARE p AS SELECT 1",
                "SELECT a FROM t WHERE a IN (1, 2)",
                "SELECT CASE WHEN true THEN 1 END",
                "INSERT INTO t SELECT 1",
                "INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING",
                "SELECT 1 FOR UPDATE",
                "DISCARD PLANS",
            })
    void unsupportedStatementsAreFeatureNotSupported(String sql) {
        PgException e = error(sql);
        assertEquals("0A000", e.sqlState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("feature not supported by the Tusk example backend: "), e.getMessage());
    }

    @Test
    void garbageIsASyntaxError() {
        assertEquals("42601", error("FOO bar").sqlState());
        assertEquals("42601", error("1").sqlState());
    }
}

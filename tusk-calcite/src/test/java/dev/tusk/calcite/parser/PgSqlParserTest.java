package dev.tusk.calcite.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.server.api.PgException;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PgSqlParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1",
                "select $1::int4, $2::text, $10",
                "SELECT '42'::integer + 1, NULL::varchar(10), x::timestamptz, '{1,2}'::int[], '{}'::text[][]",
                "SELECT CAST('1 day' AS interval), '1 day'::interval, '1'::interval day to second(3)",
                "SELECT 1::double precision, 2::character varying(5), 'a'::char(3), 'a'::\"char\", 1::pg_catalog.int8",
                "SELECT now()::timestamp(3) with time zone, now()::time without time zone, b'101'::bit varying(8)",
                "SELECT DISTINCT ON (a, b) a, b, c FROM t ORDER BY a, b, c DESC",
                "SELECT $$it's$$, $tag$a$$b$tag$, E'a\\nb', 'it''s'",
                "SELECT a FROM t WHERE name ILIKE 'x%' AND name ~ '^a' AND name !~* 'b' AND name ~* 'c' AND name !~ 'd'",
                "SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relname OPERATOR(pg_catalog.~) '^(t)$' COLLATE pg_catalog.default",
                "SELECT a FROM t LIMIT 10 OFFSET 5",
                "SELECT a FROM t LIMIT ALL",
                "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r",
                "SELECT row_number() OVER (PARTITION BY a ORDER BY b) FROM t",
                "SELECT ARRAY[1, 2, 3], (ARRAY[1, 2])[1], a[2] FROM t",
                "SELECT * FROM generate_series(1, 10) AS s(i)",
                "SELECT count(*) FILTER (WHERE a > 1) FROM t",
                "VALUES (1, 'a'), (2, 'b')",
                "SELECT year, month, day, value, name, type, new, old FROM t",
                "INSERT INTO t VALUES (1, 'a')",
                "INSERT INTO t (a, b) VALUES ($1, $2) RETURNING a, b AS bee",
                "INSERT INTO t DEFAULT VALUES",
                "INSERT INTO t SELECT * FROM s",
                "INSERT INTO t AS x (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE x.b IS NULL RETURNING *",
                "INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING",
                "INSERT INTO t (a) VALUES (1) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING",
                "UPDATE t SET a = a + 1, b = DEFAULT WHERE c = $1 RETURNING a",
                "UPDATE t x SET (a, b) = (1, 2) FROM s WHERE x.id = s.id",
                "DELETE FROM t WHERE a = 1 RETURNING *",
                "DELETE FROM ONLY t AS x USING s WHERE x.id = s.id",
                "BEGIN",
                "BEGIN WORK",
                "BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY",
                "START TRANSACTION READ WRITE",
                "COMMIT",
                "END",
                "COMMIT AND CHAIN",
                "ROLLBACK",
                "ABORT",
                "ROLLBACK TO SAVEPOINT s1",
                "ROLLBACK TO s1",
                "SAVEPOINT s1",
                "RELEASE SAVEPOINT s1",
                "RELEASE s1",
                "SET search_path TO public, pg_catalog",
                "SET LOCAL statement_timeout = 1000",
                "SET TIME ZONE 'UTC'",
                "SET TIME ZONE LOCAL",
                "SET datestyle = 'ISO, MDY'",
                "SET application_name = DEFAULT",
                "SET extra_float_digits = -3",
                "SET client_min_messages TO warning",
                "SET my.custom = 'x'",
                "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ",
                "SET standard_conforming_strings = on",
                "SHOW ALL",
                "SHOW search_path",
                "SHOW TIME ZONE",
                "SHOW TRANSACTION ISOLATION LEVEL",
                "RESET ALL",
                "RESET search_path",
                "DISCARD ALL",
                "DISCARD PLANS",
                "EXPLAIN SELECT 1",
                "EXPLAIN ANALYZE SELECT 1",
                "EXPLAIN (ANALYZE, FORMAT JSON, COSTS off) SELECT 1",
                "PREPARE p (int, text) AS SELECT $1, $2",
                "PREPARE q AS INSERT INTO t VALUES ($1)",
                "EXECUTE p (1, 'a')",
                "EXECUTE q",
                "DEALLOCATE p",
                "DEALLOCATE PREPARE p",
                "DEALLOCATE ALL",
                "DECLARE c CURSOR FOR SELECT 1",
                "DECLARE c BINARY NO SCROLL CURSOR WITH HOLD FOR SELECT * FROM t",
                "FETCH 10 FROM c",
                "FETCH NEXT c",
                "FETCH ALL IN c",
                "FETCH FORWARD 5 FROM c",
                "FETCH c",
                "MOVE LAST IN c",
                "FETCH ABSOLUTE -1 FROM c",
                "CLOSE c",
                "CLOSE ALL",
                "COPY t FROM STDIN",
                "COPY t (a, b) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';', NULL '')",
                "COPY t TO STDOUT",
                "COPY (SELECT * FROM t) TO STDOUT WITH CSV HEADER",
                "COPY t TO STDOUT (FORMAT binary)",
                "LISTEN chan",
                "UNLISTEN *",
                "UNLISTEN chan",
                "NOTIFY chan",
                "NOTIFY chan, 'payload'",
                "CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x', price numeric(10,2) CHECK (price > 0),"
                        + " parent int REFERENCES t (id) ON DELETE CASCADE, UNIQUE (name, price), created timestamptz DEFAULT now())",
                "CREATE TABLE IF NOT EXISTS s.t (a int, b int, CONSTRAINT t_pk PRIMARY KEY (a, b),"
                        + " CONSTRAINT fk FOREIGN KEY (b) REFERENCES u (id) ON UPDATE SET NULL)",
                "CREATE TEMP TABLE t (a int GENERATED ALWAYS AS IDENTITY, b int GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5))",
                "CREATE TABLE t2 AS SELECT * FROM t",
                "CREATE TABLE t (a int[], b varchar(10)[], c text COLLATE \"C\")",
                "CREATE VIEW v AS SELECT 1 AS x",
                "CREATE OR REPLACE VIEW v (x) AS SELECT 1",
                "CREATE SCHEMA s",
                "CREATE SCHEMA IF NOT EXISTS s AUTHORIZATION bob",
                "CREATE SEQUENCE s START 1 INCREMENT 1 NO MAXVALUE CACHE 1",
                "CREATE SEQUENCE IF NOT EXISTS s AS bigint MINVALUE -5 CYCLE",
                "CREATE INDEX ON t (a)",
                "CREATE UNIQUE INDEX i ON t USING btree (a DESC NULLS LAST, (lower(b))) WHERE a > 0",
                "CREATE INDEX IF NOT EXISTS i2 ON t (a)",
                "DROP TABLE t",
                "DROP TABLE IF EXISTS t, u CASCADE",
                "DROP VIEW v",
                "DROP SCHEMA s",
                "DROP SEQUENCE s",
                "DROP INDEX i",
                "ALTER TABLE t ADD COLUMN c int DEFAULT 0",
                "ALTER TABLE t ADD CONSTRAINT u UNIQUE (c)",
                "ALTER TABLE t DROP COLUMN c",
                "ALTER TABLE t ALTER COLUMN c SET NOT NULL",
                "ALTER TABLE t ALTER c DROP DEFAULT",
                "ALTER TABLE t RENAME TO u",
                "ALTER TABLE t RENAME COLUMN a TO b",
                "ALTER TABLE t ALTER COLUMN a TYPE bigint",
                "ALTER SEQUENCE s RESTART WITH 1",
                "TRUNCATE t",
                "TRUNCATE TABLE t, u RESTART IDENTITY CASCADE",
                "COMMENT ON TABLE t IS 'a table'",
                "COMMENT ON COLUMN t.a IS NULL",
                "SELECT 1;",
            })
    void parses(String sql) {
        SqlNode node = PgSqlParser.parse(sql);
        assertTrue(node != null);
    }

    @Test
    void dollarParametersAreZeroBasedDynamicParams() {
        SqlNode node = PgSqlParser.parse("SELECT $2, $1, $2");
        List<Integer> indexes = new java.util.ArrayList<>();
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                indexes.add(param.getIndex());
                return null;
            }
        });
        assertEquals(List.of(1, 0, 1), indexes);
    }

    @Test
    void dollarQuotedStringsKeepTheirBody() {
        SqlSelect s = (SqlSelect) PgSqlParser.parse("SELECT $x$a'b$$c$x$");
        assertEquals("a'b$$c", ((SqlLiteral) s.getSelectList().get(0)).getValueAs(String.class));
    }

    @Test
    void distinctOnIsRecorded() {
        SqlNode node = PgSqlParser.parse("SELECT DISTINCT ON (a) a, b FROM t ORDER BY a");
        SqlSelect select = (SqlSelect) ((SqlCall) node).operand(0);
        assertInstanceOf(PgDistinctOnSelect.class, select);
        assertEquals(1, ((PgDistinctOnSelect) select).distinctOn().size());
    }

    @Test
    void unquotedIdentifiersAreLowerCasedAndQuotedKept() {
        SqlSelect s = (SqlSelect) PgSqlParser.parse("SELECT Foo, \"Bar\" FROM T");
        assertEquals("foo", s.getSelectList().get(0).toString().replace("`", ""));
        assertEquals("Bar", s.getSelectList().get(1).toString().replace("`", ""));
    }

    @Test
    void infixCastParsesAsACastOfAPostgresType() {
        SqlSelect s = (SqlSelect) PgSqlParser.parse("SELECT x::varchar(3)[]");
        SqlBasicCall cast = (SqlBasicCall) s.getSelectList().get(0);
        assertEquals(SqlKind.CAST, cast.getKind());
    }

    @Test
    void syntaxErrorsNameTheTokenAndPosition() {
        PgException e = assertThrows(PgException.class, () -> PgSqlParser.parse("SELECT 1 FORM t"));
        assertEquals("42601", e.sqlState());
        assertEquals("syntax error at or near \"t\"", e.getMessage());
        PgException end = assertThrows(PgException.class, () -> PgSqlParser.parse("SELECT (1"));
        assertEquals("syntax error at end of input", end.getMessage());
        assertEquals(10, end.position());
        PgException q = assertThrows(PgException.class, () -> PgSqlParser.parse("SELECT ?"));
        assertEquals("42601", q.sqlState());
    }

    @Test
    void unterminatedDollarQuote() {
        PgException e = assertThrows(PgException.class, () -> PgSqlParser.parse("SELECT $$abc"));
        assertEquals("42601", e.sqlState());
        assertTrue(e.getMessage().startsWith("unterminated dollar-quoted string"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE t (a int UNIQUE DEFERRABLE)",
                "CREATE TABLE t (a int, UNIQUE (a) INITIALLY DEFERRED)",
                "CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)",
            })
    void constraintOptionsTuskDoesNotHonourAreRefused(String sql) {
        assertEquals(
                "0A000",
                assertThrows(PgException.class, () -> PgSqlParser.parse(sql)).sqlState());
    }

    @Test
    void copyFromAFileIsRefusedAsForAnUnprivilegedUser() {
        PgException e = assertThrows(PgException.class, () -> PgSqlParser.parse("COPY t FROM '/etc/passwd'"));
        assertEquals("42501", e.sqlState());
        assertEquals(
                "must be superuser or have privileges of the pg_read_server_files role to COPY from a file",
                e.getMessage());
        e = assertThrows(PgException.class, () -> PgSqlParser.parse("COPY t TO PROGRAM 'cat'"));
        assertEquals("42501", e.sqlState());
    }

    @Test
    void storageParametersKeepTheirTextAsWritten() {
        PgCreateTable t = (PgCreateTable)
                PgSqlParser.parse(
                        "CREATE TABLE t (a int) WITH (fillfactor=100, FillFactor = .5, \"Quoted\"=1e2, toast.x, b = 'str', c = ON)");
        assertEquals(
                List.of(
                        new PgOption("fillfactor", "100"),
                        new PgOption("fillfactor", ".5"),
                        new PgOption("Quoted", "1e2"),
                        new PgOption("toast.x", null),
                        new PgOption("b", "str"),
                        new PgOption("c", "on")),
                t.options);
        PgAlterTable a = (PgAlterTable) PgSqlParser.parse("ALTER TABLE t SET (fillfactor=-5), RESET (a, toast.b)");
        assertEquals(2, a.actions.size());
        assertInstanceOf(PgAlterTable.SetOptions.class, a.actions.get(0));
        assertEquals(
                List.of(new PgOption("a", null), new PgOption("toast.b", null)),
                ((PgAlterTable.ResetOptions) a.actions.get(1)).options());
    }

    @Test
    void vacuumAndAnalyze() {
        PgVacuum v = (PgVacuum) PgSqlParser.parse("VACUUM FULL ANALYZE t (a, b), s.u");
        assertEquals(true, v.vacuum);
        assertEquals(
                List.of("full", "analyze"),
                v.options.stream().map(PgOption::name).toList());
        assertEquals(2, v.tables.size());
        assertEquals(2, v.columns.get(0).size());
        assertEquals(null, v.columns.get(1));
        PgVacuum p = (PgVacuum) PgSqlParser.parse("VACUUM (VERBOSE, PARALLEL 2, INDEX_CLEANUP off)");
        assertEquals(
                List.of("verbose", "parallel", "index_cleanup"),
                p.options.stream().map(PgOption::name).toList());
        assertEquals(List.of(), p.tables);
        PgVacuum a = (PgVacuum) PgSqlParser.parse("ANALYZE");
        assertEquals(false, a.vacuum);
        assertEquals("ANALYZE", a.tag());
    }
}

package dev.tusk.examples.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.CopyOptions;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.internal.copy.CopyInParser;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemoryEngineTest {

    private Harness db;

    @BeforeEach
    void setUp() {
        db = new Harness(new MemoryEngine());
    }

    private static List<String> names(Harness.Result r) {
        return r.columns().stream().map(Column::name).toList();
    }

    private static List<Integer> oids(Harness.Result r) {
        return r.columns().stream().map(c -> c.type().oid()).toList();
    }

    private PgException error(String sql, Object... params) {
        return assertThrows(PgException.class, () -> db.run(sql, params));
    }

    @Test
    void selectWithoutFrom() {
        Harness.Result r = db.run("SELECT 1");
        assertEquals(List.of("?column?"), names(r));
        assertEquals(List.of(BuiltinTypes.INT4.oid()), oids(r));
        assertEquals(1, r.value());
        assertEquals("SELECT 1", r.tag());

        r = db.run("SELECT 1 AS a, 'x' AS b, 3000000000, 1.50, 99999999999999999999, true, NULL");
        assertEquals(List.of("a", "b", "?column?", "?column?", "?column?", "bool", "?column?"), names(r));
        assertEquals(List.of(23, 25, 20, 1700, 1700, 16, 25), oids(r));
        assertArrayEquals(
                new Object[] {
                    1, "x", 3000000000L, new BigDecimal("1.50"), new BigDecimal("99999999999999999999"), true, null
                },
                r.rows().get(0));
    }

    @Test
    void parametersCastsAndNames() {
        PreparedQuery q = db.prepare("SELECT $1::int4 + 1");
        assertArrayEquals(new int[] {23}, q.parameterTypes());
        assertEquals("?column?", q.columns().get(0).name());
        assertEquals(23, q.columns().get(0).type().oid());
        assertEquals(42, db.run("SELECT $1::int4 + 1", 41).value());
        assertEquals(List.of("int8"), names(db.run("SELECT 1::bigint")));
        assertEquals(List.of("float8"), names(db.run("SELECT CAST(1 AS double precision)")));
        assertEquals(2.5, db.run("SELECT CAST('2.5' AS float8)").value());
        assertEquals(List.of("version"), names(db.run("SELECT version()")));
        assertArrayEquals(new int[] {25}, db.prepare("SELECT $1").parameterTypes());
        assertArrayEquals(new int[] {20}, db.prepare("SELECT $1", 20).parameterTypes());
        assertEquals("22P02", error("SELECT 'abc'::int4").sqlState());
        assertEquals(
                "invalid input syntax for type integer: \"abc\"",
                error("SELECT 'abc'::int4").getMessage());
        assertEquals("22003", error("SELECT 2147483647 + 1").sqlState());
        assertEquals("integer out of range", error("SELECT 2147483647 + 1").getMessage());
        assertEquals("22012", error("SELECT 1 / 0").sqlState());
        assertEquals(3, db.run("SELECT 7 / 2").value());
        assertEquals("ab", db.run("SELECT 'a' || 'b'").value());
        assertEquals(true, db.run("SELECT 1 < 2 AND NOT false").value());
    }

    @Test
    void functionsAndSettings() {
        assertTrue(((String) db.run("SELECT version()").value()).startsWith("PostgreSQL 15.0"));
        assertEquals("UTC", db.run("SELECT current_setting('TimeZone')").value());
        Harness.Result show = db.run("SHOW timezone");
        assertEquals(List.of("TimeZone"), names(show));
        assertEquals("UTC", show.value());
        assertEquals("SET", db.run("SET application_name = 'demo'").tag());
        assertEquals("demo", db.run("SHOW application_name").value());
        db.run("SET SESSION application_name TO other");
        assertEquals("other", db.session.setting("application_name"));
        assertEquals("RESET", db.run("RESET application_name").tag());
        assertEquals("", db.session.setting("application_name"));
        db.run("SET TIME ZONE 'Europe/Paris'");
        db.run("RESET ALL");
        assertEquals("UTC", db.session.setting("TimeZone"));
        Harness.Result iso = db.run("SHOW TRANSACTION ISOLATION LEVEL");
        assertEquals(List.of("transaction_isolation"), names(iso));
        assertEquals("read committed", iso.value());
        assertEquals("RESET", db.run("RESET transaction_isolation").tag());
        assertEquals("UTF8", db.run("SELECT current_setting('server_encoding')").value());
        PgException e = error("SHOW no_such_thing");
        assertEquals("42704", e.sqlState());
        assertEquals("unrecognized configuration parameter \"no_such_thing\"", e.getMessage());
        Harness.Result sleep = db.run("SELECT pg_sleep(0.01)");
        assertEquals(List.of("pg_sleep"), names(sleep));
        assertEquals(BuiltinTypes.VOID.oid(), sleep.columns().get(0).type().oid());
        assertEquals("", sleep.value());
        assertEquals("42883", error("SELECT no_such_function(1)").sqlState());
        assertEquals(
                "function no_such_function(integer) does not exist",
                error("SELECT no_such_function(1)").getMessage());
    }

    @Test
    void pgSleepHonoursCancel() {
        db.cancelled.set(true);
        PgException e = error("SELECT pg_sleep(60)");
        assertEquals("57014", e.sqlState());
    }

    @Test
    void generateSeriesIsLazy() throws Exception {
        PreparedQuery q = db.prepare("SELECT * FROM generate_series(1, 1000000000)");
        assertEquals("generate_series", q.columns().get(0).name());
        assertEquals(23, q.columns().get(0).type().oid());
        QueryResult.Rows rows = (QueryResult.Rows) q.execute(Harness.params(new int[0]), db.execution());
        try (RowStream s = rows.rows()) {
            for (int i = 1; i <= 5; i++) {
                assertTrue(s.next());
                assertEquals(i, s.get(0));
            }
        }
        assertEquals(3, db.run("SELECT generate_series(1, 3)").rows().size());
        assertEquals(
                20,
                db.prepare("SELECT generate_series(1, 3000000000)")
                        .columns()
                        .get(0)
                        .type()
                        .oid());
        Harness.Result r = db.run("SELECT g FROM generate_series(1, 10) AS g WHERE g > 5 ORDER BY g DESC LIMIT 2");
        assertEquals(List.of(10, 9), r.rows().stream().map(x -> x[0]).toList());
    }

    @Test
    void tablesAndDml() {
        assertEquals(
                "CREATE TABLE",
                db.run("CREATE TABLE items (id int8 PRIMARY KEY, name text NOT NULL, qty int4, price float8)")
                        .tag());
        assertEquals(
                "INSERT 0 2",
                db.run("INSERT INTO items VALUES (1, 'apple', 3, 1.5), (2, 'pear', 0, 0.25)")
                        .tag());
        assertEquals(
                "INSERT 0 1",
                db.run("INSERT INTO items (id, name, qty, price) VALUES ($1, $2, $3, $4)", 3L, "grün çay ıİ", 7, -2.5)
                        .tag());
        PreparedQuery insert = db.prepare("INSERT INTO items (id, name, qty, price) VALUES ($1, $2, $3, $4)");
        assertArrayEquals(new int[] {20, 25, 23, 701}, insert.parameterTypes());
        assertEquals(List.of(), insert.columns());

        PreparedQuery select = db.prepare("SELECT id, name, qty, price FROM items WHERE id = $1");
        assertArrayEquals(new int[] {20}, select.parameterTypes());
        assertEquals(
                List.of("id", "name", "qty", "price"),
                select.columns().stream().map(Column::name).toList());
        Column id = select.columns().get(0);
        assertTrue(id.tableOid() > 0);
        assertEquals(1, id.columnNumber());

        Harness.Result one = db.run("SELECT id, name, qty, price FROM items WHERE id = $1", 3L);
        assertArrayEquals(new Object[] {3L, "grün çay ıİ", 7, -2.5}, one.rows().get(0));

        Harness.Result all = db.run("SELECT * FROM items ORDER BY id DESC");
        assertEquals(List.of(3L, 2L, 1L), all.rows().stream().map(x -> x[0]).toList());
        assertEquals(2L, db.run("SELECT count(*) FROM items WHERE qty > 0").value());
        assertEquals("count", names(db.run("SELECT count(*) FROM items")).get(0));
        assertEquals(1, db.run("SELECT * FROM items WHERE price < 0").rows().size());
        assertEquals(
                2,
                db.run("SELECT * FROM items ORDER BY id LIMIT 2 OFFSET 1")
                        .rows()
                        .size());
        assertEquals(0, db.run("SELECT * FROM items WHERE qty IS NULL").rows().size());

        assertEquals(
                "UPDATE 1",
                db.run("UPDATE items SET qty = qty + 10 WHERE id = $1", 1L).tag());
        assertEquals(13, db.run("SELECT qty FROM items WHERE id = 1").value());
        Harness.Result ret = db.run("UPDATE items SET name = 'x' WHERE qty >= 7 RETURNING id");
        assertEquals("UPDATE 2", ret.tag());
        assertEquals("DELETE 1", db.run("DELETE FROM items WHERE id = $1", 2L).tag());
        Harness.Result ins = db.run("INSERT INTO items VALUES (9, 'nine', NULL, NULL) RETURNING *");
        assertEquals("INSERT 0 1", ins.tag());
        assertEquals(4, ins.columns().size());
        assertEquals("TRUNCATE TABLE", db.run("TRUNCATE items").tag());
        assertEquals(0L, db.run("SELECT count(*) FROM items").value());
        assertEquals("DELETE 0", db.run("DELETE FROM items").tag());
        assertEquals("DROP TABLE", db.run("DROP TABLE items").tag());
    }

    @Test
    void errorsAsPostgres() {
        db.run("CREATE TABLE t (id int4 PRIMARY KEY, name varchar(3) NOT NULL)");
        PgException e = error("SELECT id FROM missing_table");
        assertEquals("42P01", e.sqlState());
        assertEquals("relation \"missing_table\" does not exist", e.getMessage());
        assertEquals(16, e.position());
        e = error("SELECT nope FROM t");
        assertEquals("42703", e.sqlState());
        assertEquals("column \"nope\" does not exist", e.getMessage());
        assertEquals(8, e.position());
        e = error("CREATE TABLE t (a int)");
        assertEquals("42P07", e.sqlState());
        assertEquals("relation \"t\" already exists", e.getMessage());
        db.run("CREATE TABLE IF NOT EXISTS t (a int)");
        assertEquals("NOTICE", db.session.notices.get(0).severity());
        e = error("DROP TABLE nope");
        assertEquals("42P01", e.sqlState());
        assertEquals("table \"nope\" does not exist", e.getMessage());
        db.run("DROP TABLE IF EXISTS nope");

        db.run("INSERT INTO t VALUES (1, 'a')");
        e = error("INSERT INTO t VALUES (1, 'b')");
        assertEquals("23505", e.sqlState());
        assertEquals("duplicate key value violates unique constraint \"t_pkey\"", e.getMessage());
        assertEquals("Key (id)=(1) already exists.", e.detail());
        e = error("INSERT INTO t (id) VALUES (2)");
        assertEquals("23502", e.sqlState());
        assertEquals("null value in column \"name\" of relation \"t\" violates not-null constraint", e.getMessage());
        e = error("INSERT INTO t VALUES ('x', 'a')");
        assertEquals("22P02", e.sqlState());
        e = error("INSERT INTO t VALUES (3000000000, 'a')");
        assertEquals("22003", e.sqlState());
        e = error("INSERT INTO t VALUES (3, 'abcd')");
        assertEquals("22001", e.sqlState());
        assertEquals("value too long for type character varying(3)", e.getMessage());
        db.run("INSERT INTO t VALUES (2, 'b')");
        e = error("UPDATE t SET id = 1 WHERE id = 2");
        assertEquals("23505", e.sqlState());
        assertEquals(2L, db.run("SELECT count(*) FROM t").value());
        e = error("SELECT * FROM t WHERE id");
        assertEquals("42804", e.sqlState());
        e = error("SELECT id FROM t WHERE name = 1");
        assertEquals("42883", e.sqlState());
        e = error("SELECT id, count(*) FROM t");
        assertEquals("42803", e.sqlState());
        assertEquals("0A000", error("CREATE INDEX i ON t (id)").sqlState());
    }

    @Test
    void copyInAndOut() throws Exception {
        db.run("CREATE TABLE items (id int8, name text, qty int4, price float8)");
        QueryResult.CopyIn in = assertInstanceOf(
                QueryResult.CopyIn.class, db.run("COPY items FROM STDIN").raw());
        assertEquals(CopyOptions.text(), in.options());
        assertEquals(4, in.columns().size());
        in.sink().accept(new Object[] {1L, "a", 1, 1.25});
        in.sink().accept(new Object[] {2L, null, 2, 2.25});
        assertEquals(0L, db.run("SELECT count(*) FROM items").value(), "invisible before finish");
        assertEquals(2L, in.sink().finish());
        assertEquals(2L, db.run("SELECT count(*) FROM items").value());

        QueryResult.CopyIn csv = (QueryResult.CopyIn)
                db.run("COPY items (id, name) FROM STDIN (FORMAT csv, HEADER)").raw();
        assertEquals(CopyOptions.Format.CSV, csv.options().format());
        assertTrue(csv.options().header());
        assertEquals(2, csv.columns().size());
        csv.sink().accept(new Object[] {3L, "c"});
        csv.sink().abort(new RuntimeException("client gave up"));
        assertEquals(2L, db.run("SELECT count(*) FROM items").value());

        QueryResult.CopyIn psycopg = (QueryResult.CopyIn)
                db.run("COPY \"items\"(\"id\",\"name\") FROM stdin WITH DELIMITER AS '\t' NULL AS '\\N'")
                        .raw();
        assertEquals('\t', psycopg.options().delimiter());
        assertEquals("\\N", psycopg.options().nullString());

        Harness.Result out = db.run("COPY items TO STDOUT (FORMAT csv)");
        assertEquals("COPY 2", out.tag());
        assertEquals(
                CopyOptions.Format.CSV,
                ((QueryResult.CopyOut) out.raw()).options().format());
        Harness.Result q = db.run("COPY (SELECT id FROM items WHERE id > 1) TO STDOUT");
        assertEquals("COPY 1", q.tag());
        assertEquals(
                "0A000",
                error("COPY items FROM STDIN (FORMAT text, QUOTE '\"')").sqlState());
        assertEquals("42501", error("COPY items FROM '/etc/passwd'").sqlState());
    }

    @Test
    void copyErrorContextNamesTheTable() {
        db.run("CREATE TABLE items (id int8, name text, qty int4, price float8)");
        QueryResult.CopyIn in =
                (QueryResult.CopyIn) db.run("COPY \"items\" FROM STDIN").raw();
        assertEquals("items", in.relation());
        // as the server drives it: CopyInProcessor hands the relation to the parser
        CopyInParser parser =
                CopyInParser.create(in.options(), in.columns(), in.sink(), FormatSettings.DEFAULT, in.relation());
        byte[] data = "1\ta\t1\t1.5\n2\tb\t2\t2.5\n3\tc\tabc\t3.5\n".getBytes(StandardCharsets.UTF_8);
        PgException e = assertThrows(PgException.class, () -> parser.feed(data));
        assertEquals("22P02", e.sqlState());
        assertEquals("invalid input syntax for type integer: \"abc\"", e.getMessage());
        // PostgreSQL 15: CONTEXT:  COPY items, line 3, column qty: "abc"
        assertEquals("COPY items, line 3, column qty: \"abc\"", e.fields().get('W'));
    }

    @Test
    void copyInEnforcesPrimaryKeyAtFinish() {
        db.run("CREATE TABLE k (id int4 PRIMARY KEY)");
        db.run("INSERT INTO k VALUES (1)");
        QueryResult.CopyIn in = (QueryResult.CopyIn) db.run("COPY k FROM STDIN").raw();
        in.sink().accept(new Object[] {2});
        in.sink().accept(new Object[] {1});
        PgException e = assertThrows(PgException.class, () -> in.sink().finish());
        assertEquals("23505", e.sqlState());
        assertEquals(1L, db.run("SELECT count(*) FROM k").value());
        QueryResult.CopyIn nn = (QueryResult.CopyIn) db.run("COPY k FROM STDIN").raw();
        assertEquals(
                "23502",
                assertThrows(PgException.class, () -> nn.sink().accept(new Object[] {null}))
                        .sqlState());
    }

    @Test
    void listenNotify() {
        List<String> log = new java.util.ArrayList<>();
        Harness a = new Harness(new MemoryEngine(), log);
        assertEquals("LISTEN", a.run("LISTEN Chan").tag());
        assertTrue(a.session.channels.contains("chan"));
        assertEquals("NOTIFY", a.run("NOTIFY chan, 'hello'").tag());
        a.run("SELECT pg_notify('chan', 'two')");
        assertEquals(List.of("chan:hello", "chan:two"), log);
        a.run("BEGIN");
        a.run("NOTIFY chan, 'later'");
        assertEquals(2, log.size());
        a.run("COMMIT");
        assertEquals("chan:later", log.get(2));
        a.run("BEGIN");
        a.run("NOTIFY chan, 'never'");
        a.run("ROLLBACK");
        assertEquals(3, log.size());
        assertEquals("UNLISTEN", a.run("UNLISTEN *").tag());
        assertTrue(a.session.channels.isEmpty());
        assertEquals("DISCARD ALL", a.run("DISCARD ALL").tag());
    }

    @Test
    void deallocateAndDiscardAllDropPreparedStatements() {
        Harness a = new Harness(new MemoryEngine(), new java.util.ArrayList<>());
        a.session.preparedStatements.addAll(List.of("s1", "s2", "s3"));
        assertEquals("DEALLOCATE", a.run("DEALLOCATE s1").tag());
        assertEquals("DEALLOCATE", a.run("DEALLOCATE PREPARE s2").tag());
        assertEquals(java.util.Set.of("s3"), a.session.preparedStatements);
        PgException e = assertThrows(PgException.class, () -> a.run("DEALLOCATE s1"));
        assertEquals("26000", e.sqlState());
        assertEquals("prepared statement \"s1\" does not exist", e.getMessage());
        assertEquals("DEALLOCATE ALL", a.run("DEALLOCATE ALL").tag());
        assertTrue(a.session.preparedStatements.isEmpty());
        a.session.preparedStatements.add("s4");
        assertEquals("DISCARD ALL", a.run("DISCARD ALL").tag());
        assertTrue(a.session.preparedStatements.isEmpty(), "DISCARD ALL deallocates every prepared statement");
    }

    @Test
    void emptyStatement() {
        assertInstanceOf(QueryResult.Empty.class, db.run("-- nothing").raw());
        assertNull(null);
    }
}

package dev.tusk.examples.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.api.Column;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.types.BuiltinTypes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parameter types and result columns are known after prepare, without executing (extended Describe). */
class DescribeTest {

    private Harness db;

    @BeforeEach
    void setUp() {
        db = new Harness(new MemoryEngine());
        db.run("CREATE TABLE t (id int8 PRIMARY KEY, v varchar(10), n numeric(8,2), at timestamptz, ok boolean)");
    }

    private int[] params(String sql, int... declared) {
        return db.prepare(sql, declared).parameterTypes();
    }

    private List<String> columns(String sql) {
        return db.prepare(sql).columns().stream()
                .map(c -> c.name() + ":" + c.type().typname() + ":" + c.typeModifier())
                .toList();
    }

    @Test
    void parameterTypesFromContext() {
        assertArrayEquals(new int[] {1043, 20}, params("UPDATE t SET v = $1 WHERE id = $2"));
        assertArrayEquals(new int[] {20, 1043, 1700, 1184, 16}, params("INSERT INTO t VALUES ($1, $2, $3, $4, $5)"));
        assertArrayEquals(new int[] {20, 20, 20}, params("SELECT * FROM t WHERE id > $1 LIMIT $2 OFFSET $3"));
        assertArrayEquals(new int[] {23}, params("SELECT $1::int4 + 1"));
        assertArrayEquals(new int[] {23}, params("SELECT $1 + 1"));
        assertArrayEquals(new int[] {701}, params("SELECT pg_sleep($1)"));
        assertArrayEquals(new int[] {25}, params("SELECT $1"));
        assertArrayEquals(new int[] {21}, params("SELECT $1", 21));
        assertArrayEquals(new int[] {25, 25}, params("SELECT $2"));
        assertArrayEquals(new int[] {20}, params("DELETE FROM t WHERE $1 = id"));
    }

    @Test
    void columnsWithoutExecuting() {
        assertEquals(
                List.of("id:int8:-1", "v:varchar:14", "n:numeric:524294", "at:timestamptz:-1", "ok:bool:-1"),
                columns("SELECT * FROM t"));
        assertEquals(List.of("count:int8:-1"), columns("SELECT count(*) FROM t"));
        assertEquals(List.of("x:int8:-1", "?column?:int8:-1"), columns("SELECT id AS x, id + 1 FROM t"));
        assertEquals(List.of("now:timestamptz:-1", "text:text:-1"), columns("SELECT now(), 1::text"));
        assertEquals(List.of("id:int8:-1"), columns("INSERT INTO t (id) VALUES (1) RETURNING id"));
        assertEquals(List.of(), columns("DELETE FROM t"));
        assertEquals(List.of("TimeZone:text:-1"), columns("SHOW timezone"));
        Column id = db.prepare("SELECT id FROM t").columns().get(0);
        assertEquals(1, id.columnNumber());
        assertEquals(0, db.prepare("SELECT 1").columns().get(0).tableOid());
        assertEquals(
                BuiltinTypes.VOID.oid(),
                db.prepare("SELECT pg_sleep(1)").columns().get(0).type().oid());
    }

    @Test
    void prepareReportsAnalysisErrors() {
        PgException e = assertThrows(PgException.class, () -> db.prepare("SELECT x FROM t"));
        assertEquals("42703", e.sqlState());
        PreparedQuery ok = db.prepare("SELECT sum(n), min(v), avg(id) FROM t");
        assertEquals(
                List.of("numeric", "varchar", "numeric"),
                ok.columns().stream().map(c -> c.type().typname()).toList());
    }
}

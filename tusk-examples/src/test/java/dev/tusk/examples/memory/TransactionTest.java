package dev.tusk.examples.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.server.api.PgException;
import dev.tusk.server.api.TransactionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionTest {

    private MemoryEngine engine;
    private Harness a;
    private Harness b;

    @BeforeEach
    void setUp() {
        engine = new MemoryEngine();
        a = new Harness(engine);
        b = new Harness(engine);
        a.run("CREATE TABLE t (id int4 PRIMARY KEY, v text)");
    }

    private long count(Harness h) {
        return (Long) h.run("SELECT count(*) FROM t").value();
    }

    @Test
    void uncommittedRowsAreInvisibleToOthers() {
        assertEquals("BEGIN", a.run("BEGIN").tag());
        assertEquals(TransactionStatus.IN_TRANSACTION, a.session.status);
        a.run("INSERT INTO t VALUES (1, 'a')");
        assertEquals(1, count(a));
        assertEquals(0, count(b));
        assertEquals("COMMIT", a.run("COMMIT").tag());
        assertEquals(TransactionStatus.IDLE, a.session.status);
        assertEquals(1, count(b));
    }

    @Test
    void rollbackDiscards() {
        a.run("START TRANSACTION");
        a.run("INSERT INTO t VALUES (1, 'a')");
        a.run("CREATE TABLE u (x int)");
        assertEquals("ROLLBACK", a.run("ROLLBACK").tag());
        assertEquals(0, count(a));
        assertEquals(
                "42P01",
                assertThrows(PgException.class, () -> b.run("SELECT * FROM u")).sqlState());
    }

    @Test
    void failedTransactionRejectsUntilRollback() {
        a.run("BEGIN");
        a.run("INSERT INTO t VALUES (1, 'a')");
        assertThrows(PgException.class, () -> a.run("SELECT * FROM nope"));
        assertEquals(TransactionStatus.FAILED, a.session.status);
        PgException e = assertThrows(PgException.class, () -> a.run("SELECT 1"));
        assertEquals("25P02", e.sqlState());
        assertEquals("current transaction is aborted, commands ignored until end of transaction block", e.getMessage());
        assertEquals(
                "25P02",
                assertThrows(PgException.class, () -> a.run("SELECT * FROM nope"))
                        .sqlState());
        assertEquals(
                "25P02", assertThrows(PgException.class, () -> a.run("BEGIN")).sqlState());
        assertEquals("ROLLBACK", a.run("COMMIT").tag());
        assertEquals(TransactionStatus.IDLE, a.session.status);
        assertEquals(0, count(a));
    }

    @Test
    void warnings() {
        a.run("BEGIN");
        a.run("BEGIN");
        assertEquals("25001", a.session.notices.get(0).sqlState());
        assertEquals(
                "there is already a transaction in progress",
                a.session.notices.get(0).message());
        a.run("COMMIT");
        assertEquals("COMMIT", a.run("COMMIT").tag());
        assertEquals("25P01", a.session.notices.get(1).sqlState());
        assertEquals("WARNING", a.session.notices.get(1).severity());
        assertEquals("ROLLBACK", a.run("ROLLBACK").tag());
    }

    @Test
    void firstCommitterWins() {
        a.run("BEGIN");
        b.run("BEGIN");
        a.run("INSERT INTO t VALUES (1, 'a')");
        b.run("INSERT INTO t VALUES (2, 'b')");
        a.run("COMMIT");
        PgException e = assertThrows(PgException.class, () -> b.run("COMMIT"));
        assertEquals("40001", e.sqlState());
        assertEquals(TransactionStatus.IDLE, b.session.status);
        assertEquals(1, count(b));
    }

    @Test
    void autocommitStatementIsAtomic() {
        a.run("INSERT INTO t VALUES (1, 'a')");
        assertThrows(PgException.class, () -> a.run("INSERT INTO t VALUES (2, 'b'), (1, 'dup')"));
        assertEquals(1, count(b));
    }

    @Test
    void setLocalIsUndoneAtEnd() {
        a.run("BEGIN");
        a.run("SET LOCAL application_name = 'inside'");
        assertEquals("inside", a.session.setting("application_name"));
        a.run("COMMIT");
        assertEquals("", a.session.setting("application_name"));
        a.run("SET LOCAL application_name = 'outside'");
        assertEquals("WARNING", a.session.notices.get(0).severity());
    }
}

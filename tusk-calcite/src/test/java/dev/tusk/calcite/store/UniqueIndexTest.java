package dev.tusk.calcite.store;

import static dev.tusk.calcite.store.StoreTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UniqueIndexTest {

    private final TableStore store = new TableStore();
    private final StoredTable t = keyed(store, "t");

    @Test
    void duplicateKeyIsPostgresError23505WithDetailAndFields() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction tx = begin(store);
        PgException e = assertThrows(PgException.class, () -> insert(tx, t, row(1L, 5L)));
        assertEquals("23505", e.sqlState());
        assertEquals("duplicate key value violates unique constraint \"t_pkey\"", e.getMessage());
        assertEquals("Key (id)=(1) already exists.", e.detail());
        assertEquals("public", e.fields().get('s'));
        assertEquals("t", e.fields().get('t'));
        assertEquals("t_pkey", e.fields().get('n'));
        tx.rollback();
    }

    @Test
    void multiColumnKeysNullsAndNullsNotDistinct() {
        // Checked against PostgreSQL 15: unique(a, b) with (1,'x') twice gives Key (a, b)=(1, x); (1,NULL)
        // twice is allowed; UNIQUE NULLS NOT DISTINCT (a) with NULL twice gives Key (a)=(null).
        StoredTable u = store.createTable("public", "u");
        Transaction tx = begin(store);
        u.createIndex(tx, "u_a_b_key", true, true, List.of(IndexColumn.of(0, "a"), IndexColumn.of(1, "b")));
        insert(tx, u, row(1L, "x"), row(1L, null), row(1L, null));
        PgException e = assertThrows(PgException.class, () -> insert(tx, u, row(1L, "x")));
        assertEquals("Key (a, b)=(1, x) already exists.", e.detail());
        tx.beginStatement();
        assertNull(u.index("u_a_b_key").lookup(new Object[] {1L, null}, tx.latestSnapshot()));
        assertNotNull(u.index("u_a_b_key").lookup(new Object[] {1L, "x"}, tx.latestSnapshot()));
        tx.endStatement();
        tx.commit();

        StoredTable nn = store.createTable("public", "nn");
        Transaction tx2 = begin(store);
        nn.createIndex(tx2, "nn_a_key", true, false, List.of(IndexColumn.of(0, "a")));
        insert(tx2, nn, row((Object) null));
        e = assertThrows(PgException.class, () -> insert(tx2, nn, row((Object) null)));
        assertEquals("duplicate key value violates unique constraint \"nn_a_key\"", e.getMessage());
        assertEquals("Key (a)=(null) already exists.", e.detail());
        tx2.commit();
    }

    @Test
    void numericKeysCompareByValueAndTheDetailShowsTheNewKey() {
        // PostgreSQL 15: insert into nd values (1.0),(1.00) -> Key (a)=(1.00) already exists.
        StoredTable nd = store.createTable("public", "nd");
        Transaction tx = begin(store);
        nd.createIndex(
                tx, "nd_pkey", true, true, List.of(new IndexColumn(0, "a", KeyEquivalence.NUMERIC, v -> ((BigDecimal) v)
                        .toPlainString())));
        insert(tx, nd, row(new BigDecimal("1.0")));
        PgException e = assertThrows(PgException.class, () -> insert(tx, nd, row(new BigDecimal("1.00"))));
        assertEquals("Key (a)=(1.00) already exists.", e.detail());
        tx.beginStatement();
        assertNotNull(nd.index("nd_pkey").lookup(new BigDecimal("1"), tx.snapshot()));
        tx.endStatement();
        tx.commit();
    }

    @Test
    void updatesCheckKeysAndMayKeepOrSwapThem() {
        insertCommitted(store, t, row(1L, 0L), row(2L, 0L));
        Transaction tx = begin(store);
        assertTrue(updateValue(tx, t, 1L, 5L), "same key, new value");
        tx.beginStatement();
        RowHandle two = t.index("t_pkey").lookup(2L, tx.snapshot());
        PgException e = assertThrows(PgException.class, () -> t.update(tx, two, row(1L, 0L)));
        assertEquals("Key (id)=(1) already exists.", e.detail());
        tx.abortStatement();
        // Delete 1, then move 2 to 1, in one transaction.
        tx.beginStatement();
        assertTrue(t.delete(tx, t.index("t_pkey").lookup(1L, tx.snapshot())));
        tx.endStatement();
        tx.beginStatement();
        assertNotNull(t.update(tx, t.index("t_pkey").lookup(2L, tx.snapshot()), row(1L, 2L)));
        tx.endStatement();
        tx.commit();
        assertEquals(list(row(1L, 2L)), committedRows(store, t));
    }

    @Test
    void aSecondWriterWaitsForTheFirstAndThenSeesItsKey() throws Exception {
        var pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Transaction first = begin(store);
            insert(first, t, row(7L, 1L));
            Transaction second = begin(store);
            CompletableFuture<PgException> result = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            insert(second, t, row(7L, 2L));
                            return null;
                        } catch (PgException e) {
                            return e;
                        }
                    },
                    pool);
            awaitWaiting(store, second);
            assertFalse(result.isDone());
            first.commit();
            PgException e = result.get(30, TimeUnit.SECONDS);
            assertNotNull(e, "the key committed by the first writer");
            assertEquals("23505", e.sqlState());
            second.rollback();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSecondWriterSucceedsWhenTheFirstRollsBack() throws Exception {
        var pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Transaction first = begin(store);
            insert(first, t, row(7L, 1L));
            Transaction second = begin(store);
            CompletableFuture<Void> result = CompletableFuture.runAsync(() -> insert(second, t, row(7L, 2L)), pool);
            awaitWaiting(store, second);
            first.rollback();
            result.get(30, TimeUnit.SECONDS);
            second.commit();
            assertEquals(list(row(7L, 2L)), committedRows(store, t));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void repeatableReadInsertOfAKeyCommittedAfterItsSnapshotIs23505() {
        // Checked against PostgreSQL 15: REPEATABLE READ, key inserted and committed by another session after
        // the snapshot: 23505, not a serialization failure.
        Transaction rr = beginRepeatable(store);
        assertEquals(List.of(), rows(rr, t));
        insertCommitted(store, t, row(3L, 0L));
        PgException e = assertThrows(PgException.class, () -> insert(rr, t, row(3L, 1L)));
        assertEquals("23505", e.sqlState());
        rr.rollback();
    }

    @Test
    void createUniqueIndexOverDuplicates() {
        StoredTable d = store.createTable(null, "d");
        insertCommitted(store, d, row(1L), row(1L));
        Transaction tx = begin(store);
        PgException e = assertThrows(
                PgException.class, () -> d.createIndex(tx, "d_key", true, true, List.of(IndexColumn.of(0, "k"))));
        assertEquals("could not create unique index \"d_key\"", e.getMessage());
        assertEquals("Key (k)=(1) is duplicated.", e.detail());
        assertTrue(d.indexes().isEmpty());
        tx.rollback();
    }

    @Test
    void nonUniqueIndexFindsEveryVisibleRowOfAKey() {
        // The referencing side of a foreign key: child(parent_id) indexed, rows found by parent key.
        StoredTable child = store.createTable("public", "child");
        Transaction ddl = begin(store);
        HashIndex byParent = child.createIndex(ddl, "child_parent", false, true, List.of(IndexColumn.of(1, "p")));
        ddl.commit();
        insertCommitted(store, child, row(1L, 10L), row(2L, 10L), row(3L, 20L), row(4L, null));
        Transaction tx = begin(store);
        tx.beginStatement();
        List<Object> ids = new ArrayList<>();
        for (RowCursor c = byParent.lookupAll(new Object[] {10L}, tx.snapshot()); c.next(); ) {
            ids.add(c.row()[0]);
        }
        assertEquals(2, ids.size());
        assertTrue(ids.containsAll(List.of(1L, 2L)));
        assertFalse(byParent.lookupAll(new Object[] {null}, tx.snapshot()).next());
        assertFalse(byParent.exists(new Object[] {30L}, tx.snapshot()));
        tx.endStatement();
        tx.commit();
    }

    @Test
    void findConflictForOnConflict() {
        insertCommitted(store, t, row(1L, 0L));
        Transaction tx = begin(store);
        tx.beginStatement();
        t.lock(tx, LockMode.EXCLUSIVE);
        RowHandle c = t.findConflict(tx, row(1L, 9L));
        assertNotNull(c);
        assertEquals(0L, c.get(1));
        assertNull(t.findConflict(tx, row(2L, 9L)));
        tx.endStatement();
        tx.commit();
    }

    @Test
    void droppedIndexNoLongerChecks() {
        insertCommitted(store, t, row(1L, 0L));
        HashIndex pk = t.index("t_pkey");
        t.dropIndex(pk);
        insertCommitted(store, t, row(1L, 1L));
        assertEquals(2, committedRows(store, t).size());
    }
}

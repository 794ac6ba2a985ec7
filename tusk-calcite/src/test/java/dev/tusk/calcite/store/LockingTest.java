package dev.tusk.calcite.store;

import static dev.tusk.calcite.store.StoreTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LockingTest {

    private final TableStore store = new TableStore();
    private final StoredTable a = keyed(store, "a");
    private final StoredTable b = keyed(store, "b");
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static PgException cause(ExecutionException e) {
        return (PgException) e.getCause();
    }

    @Test
    void deadlockIsDetectedWithPostgresDetail() throws Exception {
        // Checked against PostgreSQL 15 (two sessions updating two rows in opposite orders): the session that
        // closes the cycle gets 40P01 "deadlock detected", DETAIL
        // "Process <it> waits for ShareLock on transaction <xid of other>; blocked by process <other>.\n
        //  Process <other> waits for ShareLock on transaction <its xid>; blocked by process <it>.",
        // HINT "See server log for query details."; the other one goes on.
        insertCommitted(store, a, row(1L, 0L));
        insertCommitted(store, b, row(1L, 0L));
        Transaction t1 = begin(store);
        Transaction t2 = begin(store);
        updateValue(t1, a, 1L, 1L);
        updateValue(t2, b, 1L, 2L);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> updateValue(t1, b, 1L, 1L), pool);
        awaitWaiting(store, t1);
        PgException e = assertThrows(PgException.class, () -> updateValue(t2, a, 1L, 2L));
        assertEquals("40P01", e.sqlState());
        assertEquals("deadlock detected", e.getMessage());
        assertEquals(
                "Process " + t2.processId() + " waits for ShareLock on transaction " + t1.xid()
                        + "; blocked by process " + t1.processId() + ".\n"
                        + "Process " + t1.processId() + " waits for ShareLock on transaction " + t2.xid()
                        + "; blocked by process " + t2.processId() + ".",
                e.detail());
        assertEquals("See server log for query details.", e.hint());
        t2.rollback();
        assertTrue(first.get(30, TimeUnit.SECONDS));
        t1.commit();
        assertEquals(list(row(1L, 1L)), committedRows(store, a));
        assertEquals(list(row(1L, 1L)), committedRows(store, b));
    }

    @Test
    void threeWayDeadlock() throws Exception {
        StoredTable c = keyed(store, "c");
        Transaction t1 = begin(store);
        Transaction t2 = begin(store);
        Transaction t3 = begin(store);
        insert(t1, a, row(1L, 0L));
        insert(t2, b, row(1L, 0L));
        insert(t3, c, row(1L, 0L));
        CompletableFuture<Void> w1 = CompletableFuture.runAsync(() -> insert(t1, b, row(2L, 0L)), pool);
        awaitWaiting(store, t1);
        CompletableFuture<Void> w2 = CompletableFuture.runAsync(() -> insert(t2, c, row(2L, 0L)), pool);
        awaitWaiting(store, t2);
        PgException e = assertThrows(PgException.class, () -> insert(t3, a, row(2L, 0L)));
        assertEquals("40P01", e.sqlState());
        assertEquals(3, e.detail().lines().count());
        assertTrue(e.detail()
                .startsWith("Process " + t3.processId() + " waits for ShareLock on transaction " + t1.xid()
                        + "; blocked by process " + t1.processId() + "."));
        t3.rollback();
        w2.get(30, TimeUnit.SECONDS);
        t2.commit();
        w1.get(30, TimeUnit.SECONDS);
        t1.commit();
    }

    @Test
    void cancellingALockWaitEndsItWithTheCallersError() throws Exception {
        Transaction holder = begin(store);
        insert(holder, a, row(1L, 0L));
        Transaction waiter = begin(store);
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<Void> w = CompletableFuture.runAsync(
                () -> {
                    waiter.beginStatement(() -> {
                        if (cancelled.get()) {
                            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                        }
                    });
                    try {
                        a.insert(waiter, row(2L, 0L));
                    } finally {
                        waiter.abortStatement();
                    }
                },
                pool);
        awaitWaiting(store, waiter);
        cancelled.set(true);
        ExecutionException e = assertThrows(ExecutionException.class, () -> w.get(30, TimeUnit.SECONDS));
        assertEquals("57014", cause(e).sqlState());
        assertFalse(store.locks().isWaiting(waiter));
        assertFalse(a.isLockedBy(waiter, LockMode.SHARE));
        waiter.rollback();
        holder.commit();
        // The lock is free for the next writer.
        insertCommitted(store, a, row(3L, 0L));
    }

    @Test
    void interruptingAWaiterCancelsIt() throws Exception {
        Transaction holder = begin(store);
        insert(holder, a, row(1L, 0L));
        Transaction waiter = begin(store);
        AtomicReference<Thread> thread = new AtomicReference<>();
        CompletableFuture<Void> w = CompletableFuture.runAsync(
                () -> {
                    thread.set(Thread.currentThread());
                    insert(waiter, a, row(2L, 0L));
                },
                pool);
        awaitWaiting(store, waiter);
        thread.get().interrupt();
        ExecutionException e = assertThrows(ExecutionException.class, () -> w.get(30, TimeUnit.SECONDS));
        assertEquals("57014", cause(e).sqlState());
        assertEquals("canceling statement due to user request", cause(e).getMessage());
        waiter.rollback();
        holder.rollback();
    }

    @Test
    void lockTimeoutIs55P03() {
        Transaction holder = begin(store);
        insert(holder, a, row(1L, 0L));
        Transaction waiter = begin(store);
        waiter.beginStatement(WaitPolicy.of(() -> {}, 1));
        PgException e = assertThrows(PgException.class, () -> a.insert(waiter, row(2L, 0L)));
        assertEquals("55P03", e.sqlState());
        assertEquals("canceling statement due to lock timeout", e.getMessage());
        waiter.abortStatement();
        waiter.rollback();
        holder.commit();
    }

    @Test
    void readersNeverWait() {
        insertCommitted(store, a, row(1L, 0L));
        Transaction writer = begin(store);
        updateValue(writer, a, 1L, 5L);
        Transaction reader = begin(store);
        assertEquals(list(row(1L, 0L)), rows(reader, a));
        reader.commit();
        writer.commit();
    }

    @Test
    void shareLocksCoexistAndKeepWritersOut() throws Exception {
        // The foreign-key pattern: checkers take SHARE on the referenced table; a writer waits for them.
        insertCommitted(store, a, row(1L, 0L));
        Transaction c1 = begin(store);
        Transaction c2 = begin(store);
        c1.beginStatement();
        a.lock(c1, LockMode.SHARE);
        assertTrue(a.index("a_pkey").exists(new Object[] {1L}, c1.latestSnapshot()));
        c1.endStatement();
        c2.beginStatement();
        a.lock(c2, LockMode.SHARE);
        c2.endStatement();
        Transaction writer = begin(store);
        CompletableFuture<Boolean> w = CompletableFuture.supplyAsync(() -> updateValue(writer, a, 1L, 9L), pool);
        awaitWaiting(store, writer);
        c1.commit();
        assertFalse(w.isDone());
        awaitWaiting(store, writer);
        c2.commit();
        assertTrue(w.get(30, TimeUnit.SECONDS));
        writer.commit();
    }

    @Test
    void upgradeFromShareToExclusiveDeadlocksLikePostgres() throws Exception {
        Transaction t1 = begin(store);
        Transaction t2 = begin(store);
        t1.beginStatement();
        a.lock(t1, LockMode.SHARE);
        t2.beginStatement();
        a.lock(t2, LockMode.SHARE);
        CompletableFuture<Void> up1 = CompletableFuture.runAsync(() -> a.lock(t1, LockMode.EXCLUSIVE), pool);
        awaitWaiting(store, t1);
        PgException e = assertThrows(PgException.class, () -> a.lock(t2, LockMode.EXCLUSIVE));
        assertEquals("40P01", e.sqlState());
        t2.rollback();
        up1.get(30, TimeUnit.SECONDS);
        assertTrue(a.isLockedBy(t1, LockMode.EXCLUSIVE));
        t1.commit();
    }

    @Test
    void waitersAreServedInArrivalOrder() throws Exception {
        Transaction holder = begin(store);
        insert(holder, a, row(1L, 0L));
        Transaction w1 = begin(store);
        Transaction w2 = begin(store);
        CompletableFuture<Void> f1 = CompletableFuture.runAsync(() -> insert(w1, a, row(2L, 0L)), pool);
        awaitWaiting(store, w1);
        CompletableFuture<Void> f2 = CompletableFuture.runAsync(() -> insert(w2, a, row(3L, 0L)), pool);
        awaitWaiting(store, w2);
        holder.commit();
        f1.get(30, TimeUnit.SECONDS);
        assertTrue(store.locks().isWaiting(w2));
        assertTrue(a.isLockedBy(w1, LockMode.EXCLUSIVE));
        w1.commit();
        f2.get(30, TimeUnit.SECONDS);
        w2.commit();
        assertEquals(3, committedRows(store, a).size());
    }
}

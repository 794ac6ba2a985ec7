package dev.tusk.calcite.store;

import static dev.tusk.calcite.store.StoreTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many sessions at once on virtual threads, checked by invariants that any torn commit or lost update would
 * break. Loops are bounded by counts; threads synchronise only through the store and futures.
 */
class ConcurrencyStressTest {

    private final TableStore store = new TableStore();
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static long sum(RowCursor c, int column) {
        long s = 0;
        while (c.next()) {
            s += (Long) c.row()[column];
        }
        return s;
    }

    private static long count(RowCursor c) {
        long n = 0;
        while (c.next()) {
            n++;
        }
        return n;
    }

    @Test
    void readersSeeWholeTransactionsOrNothing() throws Exception {
        // Transfers between accounts, each also appending to a log and bumping a counter row in a third
        // table. Any snapshot must see the total unchanged and the log size equal to the counter.
        int accounts = 50;
        long initial = 1000;
        StoredTable acc = keyed(store, "acc");
        StoredTable log = store.createTable("public", "log");
        StoredTable meta = keyed(store, "meta");
        Object[][] rows = new Object[accounts][];
        for (int i = 0; i < accounts; i++) {
            rows[i] = row((long) i, initial);
        }
        insertCommitted(store, acc, rows);
        insertCommitted(store, meta, row(0L, 0L));
        HashIndex accPk = acc.index("acc_pkey");
        HashIndex metaPk = meta.index("meta_pkey");

        int writers = 4;
        int transfersPerWriter = 1500;
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong checks = new AtomicLong();
        List<Future<?>> writerTasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int seed = w;
            writerTasks.add(pool.submit(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                for (int i = 0; i < transfersPerWriter; i++) {
                    Transaction tx = begin(store);
                    long from = rnd.nextInt(accounts);
                    long to = rnd.nextInt(accounts);
                    long amount = rnd.nextInt(100);
                    tx.beginStatement();
                    acc.lock(tx, LockMode.EXCLUSIVE);
                    RowHandle f = accPk.lookup(from, tx.snapshot());
                    acc.update(tx, f, row(from, (Long) f.get(1) - amount));
                    tx.endStatement();
                    tx.beginStatement();
                    RowHandle t = accPk.lookup(to, tx.snapshot());
                    acc.update(tx, t, row(to, (Long) t.get(1) + amount));
                    tx.endStatement();
                    tx.beginStatement();
                    log.insert(tx, row(from, to, amount));
                    tx.endStatement();
                    tx.beginStatement();
                    meta.lock(tx, LockMode.EXCLUSIVE);
                    RowHandle m = metaPk.lookup(0L, tx.snapshot());
                    meta.update(tx, m, row(0L, (Long) m.get(1) + 1));
                    tx.endStatement();
                    if (rnd.nextInt(10) == 0) {
                        tx.rollback();
                    } else {
                        tx.commit();
                    }
                }
                return null;
            }));
        }
        List<Future<?>> readerTasks = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            boolean repeatable = r % 2 == 0;
            readerTasks.add(pool.submit(() -> {
                while (!done.get()) {
                    Transaction tx = repeatable ? beginRepeatable(store) : begin(store);
                    tx.beginStatement();
                    Snapshot s = tx.snapshot();
                    long total = sum(acc.scan(s), 1);
                    long logged = count(log.scan(s));
                    long counter = (Long) metaPk.lookup(0L, s).get(1);
                    tx.endStatement();
                    assertEquals(accounts * initial, total, "total balance");
                    assertEquals(counter, logged, "log rows vs counter");
                    if (repeatable) {
                        tx.beginStatement();
                        assertEquals(logged, count(log.scan(tx.snapshot())), "REPEATABLE READ keeps its view");
                        tx.endStatement();
                    }
                    tx.commit();
                    checks.incrementAndGet();
                    // Virtual threads are not preempted: a reader that never blocks would keep its carrier
                    // from the writers (a real session blocks on its socket between statements).
                    Thread.yield();
                }
                return null;
            }));
        }
        for (Future<?> f : writerTasks) {
            f.get(120, TimeUnit.SECONDS);
        }
        done.set(true);
        for (Future<?> f : readerTasks) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertTrue(checks.get() > 0);
        Transaction end = begin(store);
        end.beginStatement();
        assertEquals(accounts * initial, sum(acc.scan(end.snapshot()), 1));
        assertEquals((Long) metaPk.lookup(0L, end.snapshot()).get(1), count(log.scan(end.snapshot())));
        end.endStatement();
        end.commit();
        store.vacuum();
        assertEquals(accounts, acc.versionCount(), "dead versions reclaimed");
        assertEquals(1, meta.versionCount());
        assertEquals(0, store.activeTransactions());
    }

    @Test
    void pgbenchTpcbFromEightThreadsAddsUp() throws Exception {
        // pgbench's built-in TPC-B script at a small scale: 1 branch, 10 tellers, 10000 accounts. Each
        // statement locks its target table before taking its snapshot, as the READ COMMITTED rule of
        // Transaction asks.
        int branches = 1;
        int tellers = 10;
        int accounts = 10_000;
        StoredTable pgAccounts = keyed(store, "pgbench_accounts");
        StoredTable pgTellers = keyed(store, "pgbench_tellers");
        StoredTable pgBranches = keyed(store, "pgbench_branches");
        StoredTable history = store.createTable("public", "pgbench_history");
        Object[][] a = new Object[accounts][];
        for (int i = 0; i < accounts; i++) {
            a[i] = row((long) i + 1, 0L, (long) (i / 100_000) + 1);
        }
        insertCommitted(store, pgAccounts, a);
        for (int i = 1; i <= tellers; i++) {
            insertCommitted(store, pgTellers, row((long) i, 0L, (long) ((i - 1) / 10) + 1));
        }
        insertCommitted(store, pgBranches, row(1L, 0L));
        HashIndex aPk = pgAccounts.index("pgbench_accounts_pkey");
        HashIndex tPk = pgTellers.index("pgbench_tellers_pkey");
        HashIndex bPk = pgBranches.index("pgbench_branches_pkey");

        int threads = 8;
        int perThread = 1000;
        AtomicInteger selects = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            int seed = 100 + th;
            tasks.add(pool.submit(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                for (int i = 0; i < perThread; i++) {
                    long aid = rnd.nextInt(accounts) + 1;
                    long bid = rnd.nextInt(branches) + 1;
                    long tid = rnd.nextInt(tellers) + 1;
                    long delta = rnd.nextInt(-5000, 5001);
                    Transaction tx = begin(store);
                    // UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
                    tx.beginStatement();
                    pgAccounts.lock(tx, LockMode.EXCLUSIVE);
                    RowHandle ar = aPk.lookup(aid, tx.snapshot());
                    assertNotNull(pgAccounts.update(tx, ar, row(aid, (Long) ar.get(1) + delta, ar.get(2))));
                    tx.endStatement();
                    // SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
                    tx.beginStatement();
                    assertNotNull(aPk.lookup(aid, tx.snapshot()));
                    selects.incrementAndGet();
                    tx.endStatement();
                    // UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;
                    tx.beginStatement();
                    pgTellers.lock(tx, LockMode.EXCLUSIVE);
                    RowHandle tr = tPk.lookup(tid, tx.snapshot());
                    assertNotNull(pgTellers.update(tx, tr, row(tid, (Long) tr.get(1) + delta, tr.get(2))));
                    tx.endStatement();
                    // UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;
                    tx.beginStatement();
                    pgBranches.lock(tx, LockMode.EXCLUSIVE);
                    RowHandle br = bPk.lookup(bid, tx.snapshot());
                    assertNotNull(pgBranches.update(tx, br, row(bid, (Long) br.get(1) + delta)));
                    tx.endStatement();
                    // INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (...);
                    tx.beginStatement();
                    history.insert(tx, row(tid, bid, aid, delta));
                    tx.endStatement();
                    tx.commit();
                }
                return null;
            }));
        }
        for (Future<?> f : tasks) {
            f.get(300, TimeUnit.SECONDS);
        }
        Transaction check = begin(store);
        check.beginStatement();
        Snapshot s = check.snapshot();
        long deltas = sum(history.scan(s), 3);
        assertEquals(deltas, sum(pgAccounts.scan(s), 1));
        assertEquals(deltas, sum(pgTellers.scan(s), 1));
        assertEquals(deltas, sum(pgBranches.scan(s), 1));
        assertEquals((long) threads * perThread, count(history.scan(s)));
        assertEquals(accounts, count(pgAccounts.scan(s)));
        check.endStatement();
        check.commit();
        assertEquals(threads * perThread, selects.get());
        store.vacuum();
        assertEquals(accounts, pgAccounts.versionCount());
        assertEquals(tellers, pgTellers.versionCount());
        assertEquals(branches, pgBranches.versionCount());
        assertEquals(accounts, aPk.entryCount());
        assertEquals(branches, bPk.entryCount());
    }

    @Test
    void transfersInRandomLockOrderRetryDeadlocksAndAddUp() throws Exception {
        // Two tables written in random order by each transaction: deadlocks happen; the victim rolls back
        // and retries. Nothing hangs and nothing is lost.
        StoredTable x = keyed(store, "x");
        StoredTable y = keyed(store, "y");
        insertCommitted(store, x, row(1L, 0L));
        insertCommitted(store, y, row(1L, 0L));
        AtomicInteger deadlocks = new AtomicInteger();
        int threads = 6;
        int perThread = 300;
        List<Future<?>> tasks = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            int seed = th;
            tasks.add(pool.submit(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                for (int i = 0; i < perThread; i++) {
                    boolean xFirst = rnd.nextBoolean();
                    while (true) {
                        Transaction tx = begin(store);
                        try {
                            increment(tx, xFirst ? x : y);
                            Thread.yield();
                            increment(tx, xFirst ? y : x);
                            tx.commit();
                            break;
                        } catch (PgException e) {
                            assertEquals("40P01", e.sqlState());
                            deadlocks.incrementAndGet();
                            tx.rollback();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : tasks) {
            f.get(300, TimeUnit.SECONDS);
        }
        assertEquals(list(row(1L, (long) threads * perThread)), committedRows(store, x));
        assertEquals(list(row(1L, (long) threads * perThread)), committedRows(store, y));
        assertEquals(0, store.activeTransactions());
    }

    private static void increment(Transaction tx, StoredTable t) {
        tx.beginStatement();
        try {
            t.lock(tx, LockMode.EXCLUSIVE);
            RowHandle h = t.index(t.name() + "_pkey").lookup(1L, tx.snapshot());
            t.update(tx, h, row(1L, (Long) h.get(1) + 1));
            tx.endStatement();
        } catch (RuntimeException e) {
            tx.abortStatement();
            throw e;
        }
    }
}

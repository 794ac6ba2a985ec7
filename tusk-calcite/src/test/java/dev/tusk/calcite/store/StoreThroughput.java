package dev.tusk.calcite.store;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A rough, JMH-free measurement of the store's scan, lookup, insert and update rates, run by hand (not by
 * the build): {@code java -cp <test classpath> dev.tusk.calcite.store.StoreThroughput}. Prints numbers,
 * asserts nothing; tusk-bench is the place for real benchmarks.
 */
public final class StoreThroughput {

    private StoreThroughput() {}

    private static int pid = 1;

    private static Transaction begin(TableStore store) {
        return store.begin(IsolationLevel.READ_COMMITTED, pid++);
    }

    private static void report(String what, long count, long nanos, String unit) {
        double perSecond = count / (nanos / 1e9);
        System.out.printf(Locale.ROOT, "%-58s %,14.0f %s/s%n", what, perSecond, unit);
    }

    /** Runs the measurements. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TableStore store = new TableStore();
        StoredTable t = store.createTable("public", "t");
        Transaction ddl = begin(store);
        HashIndex pk = t.createIndex(ddl, "t_pkey", true, true, List.of(IndexColumn.of(0, "id")));
        ddl.commit();

        // Bulk insert: one transaction, one statement.
        for (int round = 0; round < 3; round++) {
            Transaction tx = begin(store);
            tx.beginStatement();
            if (round > 0) {
                t.truncate(tx);
            }
            long start = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                t.insert(tx, new Object[] {(long) i, (long) i * 7, "row " + i});
            }
            long took = System.nanoTime() - start;
            tx.endStatement();
            tx.commit();
            report("insert, one transaction, with primary key (round " + round + ")", rows, took, "rows");
        }
        store.vacuum();

        // Full scans with a snapshot.
        for (int round = 0; round < 5; round++) {
            Transaction tx = begin(store);
            tx.beginStatement();
            long start = System.nanoTime();
            long sum = 0;
            for (RowCursor c = t.scan(tx.snapshot()); c.next(); ) {
                sum += (Long) c.row()[1];
            }
            long took = System.nanoTime() - start;
            tx.endStatement();
            tx.commit();
            report("scan + sum of one column (round " + round + ", sum " + (sum % 1000) + ")", rows, took, "rows");
        }

        // Point lookups through the primary key.
        SplittableRandom rnd = new SplittableRandom(1);
        for (int round = 0; round < 5; round++) {
            Transaction tx = begin(store);
            tx.beginStatement();
            Snapshot s = tx.snapshot();
            int n = 2_000_000;
            long hits = 0;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (pk.lookup((long) rnd.nextInt(rows), s) != null) {
                    hits++;
                }
            }
            long took = System.nanoTime() - start;
            tx.endStatement();
            tx.commit();
            report("primary-key lookup, random keys (round " + round + ", hits " + hits + ")", n, took, "lookups");
        }

        // Point lookups of a small hot set (the pgbench branches and tellers case: cache-resident).
        for (int round = 0; round < 3; round++) {
            Transaction tx = begin(store);
            tx.beginStatement();
            Snapshot s = tx.snapshot();
            int n = 10_000_000;
            long hits = 0;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (pk.lookup((long) (i & 1023), s) != null) {
                    hits++;
                }
            }
            long took = System.nanoTime() - start;
            tx.endStatement();
            tx.commit();
            report("primary-key lookup, 1024 hot keys (round " + round + ", hits " + hits + ")", n, took, "lookups");
        }

        // Single-row update transactions (begin, lookup, update, commit with vacuum), one thread.
        for (int round = 0; round < 3; round++) {
            int n = 300_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Transaction tx = begin(store);
                tx.beginStatement();
                t.lock(tx, LockMode.EXCLUSIVE);
                long id = rnd.nextInt(rows);
                RowHandle h = pk.lookup(id, tx.snapshot());
                t.update(tx, h, new Object[] {id, (Long) h.get(1) + 1, h.get(2)});
                tx.endStatement();
                tx.commit();
            }
            long took = System.nanoTime() - start;
            report("update transactions, one thread (round " + round + ")", n, took, "tx");
        }
        System.out.printf(Locale.ROOT, "versions after the update loops: %,d for %,d rows%n", t.versionCount(), rows);

        // Scan again now that rows come from many transactions.
        for (int round = 0; round < 3; round++) {
            Transaction tx = begin(store);
            tx.beginStatement();
            long start = System.nanoTime();
            long count = 0;
            for (RowCursor c = t.scan(tx.snapshot()); c.next(); ) {
                count++;
            }
            long took = System.nanoTime() - start;
            tx.endStatement();
            tx.commit();
            report("scan after updates (round " + round + ", rows " + count + ")", count, took, "rows");
        }

        // pgbench TPC-B shape from 8 virtual threads (scale 1: 1 branch, 10 tellers, 100000 accounts).
        tpcb();
    }

    private static void tpcb() throws Exception {
        TableStore store = new TableStore();
        StoredTable accounts = store.createTable("public", "pgbench_accounts");
        StoredTable tellers = store.createTable("public", "pgbench_tellers");
        StoredTable branches = store.createTable("public", "pgbench_branches");
        StoredTable history = store.createTable("public", "pgbench_history");
        Transaction init = begin(store);
        HashIndex aPk = accounts.createIndex(init, "a_pkey", true, true, List.of(IndexColumn.of(0, "aid")));
        HashIndex tPk = tellers.createIndex(init, "t_pkey", true, true, List.of(IndexColumn.of(0, "tid")));
        HashIndex bPk = branches.createIndex(init, "b_pkey", true, true, List.of(IndexColumn.of(0, "bid")));
        init.beginStatement();
        for (long i = 1; i <= 100_000; i++) {
            accounts.insert(init, new Object[] {i, 0L, 1L});
        }
        for (long i = 1; i <= 10; i++) {
            tellers.insert(init, new Object[] {i, 0L, 1L});
        }
        branches.insert(init, new Object[] {1L, 0L});
        init.endStatement();
        init.commit();
        for (int round = 0; round < 3; round++) {
            int threads = 8;
            int perThread = 40_000;
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<?>[] fs = new Future<?>[threads];
                for (int th = 0; th < threads; th++) {
                    int seed = th + round * 100;
                    fs[th] = pool.submit(() -> {
                        SplittableRandom r = new SplittableRandom(seed);
                        for (int i = 0; i < perThread; i++) {
                            long aid = r.nextInt(100_000) + 1;
                            long tid = r.nextInt(10) + 1;
                            long delta = r.nextInt(-5000, 5001);
                            Transaction tx = begin(store);
                            tx.beginStatement();
                            accounts.lock(tx, LockMode.EXCLUSIVE);
                            RowHandle a = aPk.lookup(aid, tx.snapshot());
                            accounts.update(tx, a, new Object[] {aid, (Long) a.get(1) + delta, a.get(2)});
                            tx.endStatement();
                            tx.beginStatement();
                            aPk.lookup(aid, tx.snapshot());
                            tx.endStatement();
                            tx.beginStatement();
                            tellers.lock(tx, LockMode.EXCLUSIVE);
                            RowHandle t = tPk.lookup(tid, tx.snapshot());
                            tellers.update(tx, t, new Object[] {tid, (Long) t.get(1) + delta, t.get(2)});
                            tx.endStatement();
                            tx.beginStatement();
                            branches.lock(tx, LockMode.EXCLUSIVE);
                            RowHandle b = bPk.lookup(1L, tx.snapshot());
                            branches.update(tx, b, new Object[] {1L, (Long) b.get(1) + delta});
                            tx.endStatement();
                            tx.beginStatement();
                            history.insert(tx, new Object[] {tid, 1L, aid, delta});
                            tx.endStatement();
                            tx.commit();
                        }
                        return null;
                    });
                }
                for (Future<?> f : fs) {
                    f.get(10, TimeUnit.MINUTES);
                }
            }
            long took = System.nanoTime() - start;
            report(
                    "pgbench TPC-B transactions, 8 virtual threads (round " + round + ")",
                    threads * perThread,
                    took,
                    "tx");
        }
        System.out.printf(
                Locale.ROOT,
                "versions after TPC-B: accounts %,d, tellers %,d, branches %,d, history %,d%n",
                accounts.versionCount(),
                tellers.versionCount(),
                branches.versionCount(),
                history.versionCount());
    }
}

package dev.tusk.calcite.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers for the store tests: one-statement operations and row listings. */
final class StoreTestSupport {

    private static final AtomicInteger PIDS = new AtomicInteger(4000);

    private StoreTestSupport() {}

    static Transaction begin(TableStore store) {
        return store.begin(IsolationLevel.READ_COMMITTED, PIDS.incrementAndGet());
    }

    static Transaction beginRepeatable(TableStore store) {
        return store.begin(IsolationLevel.REPEATABLE_READ, PIDS.incrementAndGet());
    }

    /** A table (id bigint primary key, v bigint). */
    static StoredTable keyed(TableStore store, String name) {
        StoredTable t = store.createTable("public", name);
        Transaction tx = begin(store);
        t.createIndex(tx, name + "_pkey", true, true, List.of(IndexColumn.of(0, "id")));
        tx.commit();
        return t;
    }

    static Object[] row(Object... values) {
        return values;
    }

    /** Inserts rows in one statement of tx. */
    static void insert(Transaction tx, StoredTable t, Object[]... rows) {
        tx.beginStatement();
        try {
            for (Object[] r : rows) {
                t.insert(tx, r);
            }
            tx.endStatement();
        } catch (RuntimeException e) {
            tx.abortStatement();
            throw e;
        }
    }

    /** Inserts rows in a transaction of their own and commits. */
    static void insertCommitted(TableStore store, StoredTable t, Object[]... rows) {
        Transaction tx = begin(store);
        insert(tx, t, rows);
        tx.commit();
    }

    /** The rows a new statement of tx sees, sorted by their first column, as lists. */
    static List<List<Object>> rows(Transaction tx, StoredTable t) {
        tx.beginStatement();
        List<List<Object>> out = scan(t, tx.snapshot());
        tx.endStatement();
        return out;
    }

    static List<List<Object>> scan(StoredTable t, Snapshot s) {
        List<List<Object>> out = new ArrayList<>();
        for (RowCursor c = t.scan(s); c.next(); ) {
            out.add(Arrays.asList(c.row().clone()));
        }
        out.sort(Comparator.comparing(r -> ((Number) r.get(0)).longValue()));
        return out;
    }

    /** The rows a fresh committed-only reader sees. */
    static List<List<Object>> committedRows(TableStore store, StoredTable t) {
        Transaction tx = begin(store);
        List<List<Object>> out = rows(tx, t);
        tx.commit();
        return out;
    }

    static List<List<Object>> list(Object[]... rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(Arrays.asList(r));
        }
        return out;
    }

    /** Updates the row with this id (seen by a new statement) to (id, v); returns whether one was updated. */
    static boolean updateValue(Transaction tx, StoredTable t, long id, long v) {
        tx.beginStatement();
        try {
            RowHandle h = t.index(t.name() + "_pkey").lookup(id, tx.snapshot());
            boolean done = h != null && t.update(tx, h, row(id, v)) != null;
            tx.endStatement();
            return done;
        } catch (RuntimeException e) {
            tx.abortStatement();
            throw e;
        }
    }

    /** Waits (without sleeping) until tx is queued for a lock. */
    static void awaitWaiting(TableStore store, Transaction tx) {
        long start = System.nanoTime();
        while (!store.locks().isWaiting(tx)) {
            if (System.nanoTime() - start > 30_000_000_000L) {
                throw new AssertionError(tx + " never started waiting");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}

package dev.tusk.calcite.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store-wide transaction bookkeeping: the commit sequence counter that orders commits and snapshots,
 * transaction ids, and the set of live transactions whose snapshots bound what vacuum may reclaim.
 */
final class TransactionManager {

    /** Transaction ids start here, roughly where a fresh PostgreSQL cluster's do. */
    static final long FIRST_XID = 1000;

    /** The last commit sequence number handed out; snapshots read it. Starts at 1 so commits are above 0. */
    private final AtomicLong commitSequence = new AtomicLong(1);

    private final AtomicLong xids = new AtomicLong(FIRST_XID);
    private final Set<Transaction> active = ConcurrentHashMap.newKeySet();

    long currentCommitSequence() {
        return commitSequence.get();
    }

    long nextCommitSequence() {
        return commitSequence.incrementAndGet();
    }

    long nextXid() {
        return xids.getAndIncrement();
    }

    void register(Transaction tx) {
        active.add(tx);
    }

    void unregister(Transaction tx) {
        active.remove(tx);
    }

    int activeCount() {
        return active.size();
    }

    /**
     * The oldest commit sequence number a live snapshot may still use: a version deleted by a commit at or
     * below it is invisible to every snapshot, present and future. The counter is read before the slots,
     * and a transaction publishes its slot before it reads the counter for its snapshot, so a slot missed
     * here belongs to a snapshot at or above the counter value read here.
     */
    long horizon() {
        long h = commitSequence.get();
        for (Transaction tx : active) {
            long s = tx.horizonSlot;
            if (s != 0 && s < h) {
                h = s;
            }
        }
        return h;
    }
}

package dev.tusk.calcite.store;

import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * The lock state of one table: its EXCLUSIVE holder, its SHARE holders and the queue of waiting requests
 * (first come, first served). Guarded by the {@link LockManager}'s mutex, except {@link #exclusive}, which
 * a transaction may read without it to see that it already holds the lock.
 */
final class TableLock {

    final StoredTable table;
    volatile Transaction exclusive;
    final ArrayList<Transaction> shared = new ArrayList<>(2);
    final ArrayDeque<LockManager.Waiter> queue = new ArrayDeque<>();

    TableLock(StoredTable table) {
        this.table = table;
    }

    boolean holds(Transaction tx, LockMode mode) {
        if (exclusive == tx) {
            return true;
        }
        return mode == LockMode.SHARE && shared.contains(tx);
    }

    boolean holdsAny(Transaction tx) {
        return exclusive == tx || shared.contains(tx);
    }

    /** Whether the holders (other than tx) allow tx to have the lock in this mode; the queue is not considered. */
    boolean compatible(Transaction tx, LockMode mode) {
        Transaction x = exclusive;
        if (x != null && x != tx) {
            return false;
        }
        if (mode == LockMode.EXCLUSIVE) {
            for (Transaction s : shared) {
                if (s != tx) {
                    return false;
                }
            }
        }
        return true;
    }

    void grant(Transaction tx, LockMode mode) {
        if (mode == LockMode.EXCLUSIVE) {
            exclusive = tx;
            shared.remove(tx);
        } else {
            shared.add(tx);
        }
    }

    void release(Transaction tx) {
        if (exclusive == tx) {
            exclusive = null;
        }
        shared.remove(tx);
    }
}

package dev.tusk.calcite.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Grants table locks to transactions, queues the ones that must wait, and finds deadlocks: before a
 * transaction starts waiting it follows the wait-for graph (holders and earlier conflicting requests) and,
 * if the graph leads back to it, fails with PostgreSQL's 40P01. Readers never come here; a transaction
 * comes here once per table it writes, so one mutex for the whole lock table is enough.
 */
final class LockManager {

    /** How often a waiter re-checks cancellation and its lock_timeout without being woken. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final ReentrantLock mutex = new ReentrantLock();

    /** A transaction waiting for a lock. */
    static final class Waiter {
        final Transaction tx;
        final TableLock lock;
        final LockMode mode;
        final Condition wakeup;
        boolean granted;

        Waiter(Transaction tx, TableLock lock, LockMode mode, Condition wakeup) {
            this.tx = tx;
            this.lock = lock;
            this.mode = mode;
            this.wakeup = wakeup;
        }
    }

    /** Gives tx the lock in the given mode, waiting if needed; returns at once if tx already holds it. */
    void acquire(Transaction tx, TableLock lock, LockMode mode, WaitPolicy policy) {
        tx.xid(); // a transaction that locks gets an id, as PostgreSQL's do at their first write
        mutex.lock();
        try {
            if (lock.holds(tx, mode)) {
                return;
            }
            boolean upgrade = lock.holdsAny(tx);
            if (lock.compatible(tx, mode) && (upgrade || lock.queue.isEmpty())) {
                grant(tx, lock, mode);
                return;
            }
            Waiter w = new Waiter(tx, lock, mode, mutex.newCondition());
            if (upgrade) {
                lock.queue.addFirst(w); // a holder asking for more goes first, as in PostgreSQL
            } else {
                lock.queue.addLast(w);
            }
            tx.waiting = w;
            List<Transaction> cycle = findCycle(tx);
            if (cycle != null) {
                abandon(w);
                throw StoreErrors.deadlock(cycle);
            }
            await(w, policy);
        } finally {
            mutex.unlock();
        }
    }

    private void grant(Transaction tx, TableLock lock, LockMode mode) {
        boolean had = lock.holdsAny(tx);
        lock.grant(tx, mode);
        if (!had) {
            tx.heldLocks.add(lock);
        }
    }

    private void await(Waiter w, WaitPolicy policy) {
        boolean interrupted = false;
        try {
            while (!w.granted) {
                policy.checkCancelled();
                long deadline = policy.lockDeadlineNanos();
                long wait = POLL_NANOS;
                if (deadline != Long.MAX_VALUE) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw StoreErrors.lockTimeout();
                    }
                    wait = Math.min(wait, left);
                }
                try {
                    w.wakeup.awaitNanos(wait);
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (!w.granted) {
                        policy.checkCancelled();
                        throw StoreErrors.canceledByUser();
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            if (w.granted) {
                // Granted while being stopped: the lock is ours until the transaction ends; the statement
                // still fails, as it was asked to stop.
                w.tx.waiting = null;
                throw e;
            }
            abandon(w);
            throw e;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        w.tx.waiting = null;
    }

    /** Removes a waiter that gives up, and lets the ones behind it go if they now can. */
    private void abandon(Waiter w) {
        w.lock.queue.remove(w);
        w.tx.waiting = null;
        grantWaiters(w.lock);
    }

    /** Releases every lock of a transaction that ended, handing them to the waiters in queue order. */
    void releaseAll(Transaction tx) {
        mutex.lock();
        try {
            for (TableLock lock : tx.heldLocks) {
                lock.release(tx);
                grantWaiters(lock);
            }
            tx.heldLocks.clear();
        } finally {
            mutex.unlock();
        }
    }

    private void grantWaiters(TableLock lock) {
        for (Iterator<Waiter> it = lock.queue.iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (!lock.compatible(w.tx, w.mode)) {
                return;
            }
            it.remove();
            grant(w.tx, lock, w.mode);
            w.granted = true;
            w.tx.waiting = null; // no longer an edge of the wait-for graph, even before it wakes
            w.wakeup.signal();
        }
    }

    /** Whether tx is queued for a lock. */
    boolean isWaiting(Transaction tx) {
        mutex.lock();
        try {
            return tx.waiting != null;
        } finally {
            mutex.unlock();
        }
    }

    /** Whether tx holds the lock in at least this mode. */
    boolean holds(Transaction tx, TableLock lock, LockMode mode) {
        if (lock.exclusive == tx) {
            return true;
        }
        mutex.lock();
        try {
            return lock.holds(tx, mode);
        } finally {
            mutex.unlock();
        }
    }

    /** The transactions a waiter waits for: conflicting holders, then conflicting requests queued before it. */
    private static List<Transaction> blockers(Waiter w) {
        List<Transaction> out = new ArrayList<>(2);
        TableLock lock = w.lock;
        Transaction x = lock.exclusive;
        if (x != null && x != w.tx) {
            out.add(x);
        }
        if (w.mode == LockMode.EXCLUSIVE) {
            for (Transaction s : lock.shared) {
                if (s != w.tx && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        for (Waiter ahead : lock.queue) {
            if (ahead == w) {
                break;
            }
            boolean conflicts = ahead.mode == LockMode.EXCLUSIVE || w.mode == LockMode.EXCLUSIVE;
            if (conflicts && ahead.tx != w.tx && !out.contains(ahead.tx)) {
                out.add(ahead.tx);
            }
        }
        return out;
    }

    /** A cycle of the wait-for graph through start, as [start, t1, ..., tk] where each waits for the next and tk for start. */
    private static List<Transaction> findCycle(Transaction start) {
        List<Transaction> path = new ArrayList<>();
        path.add(start);
        Set<Transaction> visited = new HashSet<>();
        visited.add(start);
        return search(start, start, path, visited) ? path : null;
    }

    private static boolean search(Transaction t, Transaction start, List<Transaction> path, Set<Transaction> visited) {
        Waiter w = t.waiting;
        if (w == null) {
            return false;
        }
        for (Transaction b : blockers(w)) {
            if (b == start) {
                return true;
            }
            if (visited.add(b)) {
                path.add(b);
                if (search(b, start, path, visited)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}

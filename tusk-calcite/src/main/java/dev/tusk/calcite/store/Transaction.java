package dev.tusk.calcite.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One transaction of one session: its snapshots, its command counter, its savepoints and the undo log of
 * its changes. Used by one thread at a time (the session's); other transactions only read its commit state.
 *
 * <p>Each statement runs between {@link #beginStatement()} and {@link #endStatement()} (or {@link
 * #abortStatement()}, which undoes just that statement, PostgreSQL's statement-level atomicity). A
 * statement sees its transaction's earlier statements but not itself. Commit publishes every change at
 * once to snapshots taken afterwards; rollback undoes them.
 *
 * <p>In READ COMMITTED a statement should lock the tables it writes ({@link StoredTable#lock}) before it
 * takes its snapshot: the store has no EvalPlanQual, so a row changed by a transaction that committed after
 * the snapshot fails the update with 40001 instead of being re-checked, as REPEATABLE READ does in
 * PostgreSQL. Locking first makes the snapshot see every committed change to the table.
 */
public final class Transaction {

    static final long IN_PROGRESS = 0;
    static final long COMMITTING = -1;
    static final long ABORTED = -2;

    private final TableStore store;
    private final TransactionManager manager;
    private final int processId;
    private IsolationLevel isolation;

    /** {@link #IN_PROGRESS}, {@link #COMMITTING}, {@link #ABORTED}, or the commit sequence number (above 0). */
    volatile long csn = IN_PROGRESS;

    private volatile long xid;

    /** The oldest commit sequence number one of this transaction's snapshots may use, or 0. */
    volatile long horizonSlot;

    /** The locks this transaction holds; guarded by the lock manager's mutex. */
    final List<TableLock> heldLocks = new ArrayList<>(4);

    /** The lock request this transaction waits on; guarded by the lock manager's mutex. */
    LockManager.Waiter waiting;

    private final UndoLog undo = new UndoLog();
    private final List<Savepoint> savepoints = new ArrayList<>();
    private int cid;
    private boolean inStatement;
    private int statementMark;
    private Snapshot statementSnapshot;
    private long transactionCsn;
    private WaitPolicy waitPolicy = WaitPolicy.NONE;
    private boolean retainSnapshots;
    private boolean finished;

    private record Savepoint(String name, int mark) {}

    Transaction(TableStore store, TransactionManager manager, IsolationLevel isolation, int processId) {
        this.store = store;
        this.manager = manager;
        this.isolation = Objects.requireNonNull(isolation, "isolation");
        this.processId = processId;
    }

    /** The store this transaction belongs to. */
    public TableStore store() {
        return store;
    }

    /** The session's process id, as reported in deadlock details. */
    public int processId() {
        return processId;
    }

    /**
     * The transaction id, assigned at the first call (the store assigns one when the transaction first
     * locks a table, as PostgreSQL assigns one at the first write).
     */
    public long xid() {
        long x = xid;
        if (x == 0) {
            synchronized (this) {
                x = xid;
                if (x == 0) {
                    x = manager.nextXid();
                    xid = x;
                }
            }
        }
        return x;
    }

    /** Whether an id was assigned, i.e. whether the transaction locked or wrote anything. */
    public boolean hasXid() {
        return xid != 0;
    }

    /** The isolation level. */
    public IsolationLevel isolationLevel() {
        return isolation;
    }

    /**
     * Changes the isolation level; only before the first snapshot, else 25001 as PostgreSQL's SET
     * TRANSACTION ISOLATION LEVEL after a query.
     */
    public void setIsolationLevel(IsolationLevel level) {
        requireActive();
        if (transactionCsn != 0 || horizonSlot != 0) {
            throw StoreErrors.isolationAfterQuery();
        }
        this.isolation = Objects.requireNonNull(level, "level");
    }

    /** Whether commit or rollback has not happened yet. */
    public boolean isActive() {
        return !finished;
    }

    /** Whether a statement is running (between begin and end or abort). */
    public boolean inStatement() {
        return inStatement;
    }

    /** The current command id (0 before the first statement). */
    public int commandId() {
        return cid;
    }

    /**
     * Keeps the snapshots of finished statements valid for as long as this is on (an open portal still
     * reading with one); while off (the default), a READ COMMITTED statement releases the snapshots of the
     * statements before it, so that vacuum can reclaim what only they could see.
     */
    public void retainSnapshots(boolean retain) {
        this.retainSnapshots = retain;
    }

    /** Starts a statement that waits for locks without a timeout or cancel check. */
    public void beginStatement() {
        beginStatement(WaitPolicy.NONE);
    }

    /**
     * Starts a statement: a new command id, a new snapshot under READ COMMITTED, and a mark to undo to if
     * the statement fails. A statement still running is ended first.
     */
    public void beginStatement(WaitPolicy policy) {
        requireActive();
        if (cid == Integer.MAX_VALUE - 1) {
            throw StoreErrors.tooManyCommands();
        }
        cid++;
        inStatement = true;
        statementMark = undo.size();
        statementSnapshot = null;
        waitPolicy = Objects.requireNonNull(policy, "policy");
    }

    /** Ends the running statement; its changes stay, visible to later statements of this transaction. */
    public void endStatement() {
        inStatement = false;
        waitPolicy = WaitPolicy.NONE;
    }

    /**
     * Undoes the running statement's changes after it failed. The transaction stays usable by the store (the
     * caller puts its transaction block in the failed state, as PostgreSQL does).
     */
    public void abortStatement() {
        if (finished) {
            return;
        }
        undoTo(statementMark);
        inStatement = false;
        waitPolicy = WaitPolicy.NONE;
    }

    /**
     * The running statement's snapshot: taken at the first call in the statement under READ COMMITTED, at
     * the first call in the transaction under REPEATABLE READ; it sees the commands before this one.
     */
    public Snapshot snapshot() {
        requireStatement();
        Snapshot s = statementSnapshot;
        if (s == null) {
            long c;
            if (isolation == IsolationLevel.REPEATABLE_READ) {
                if (transactionCsn == 0) {
                    transactionCsn = takeCommitSequence();
                }
                c = transactionCsn;
            } else {
                c = takeCommitSequence();
            }
            s = new Snapshot(this, c, cid);
            statementSnapshot = s;
        }
        return s;
    }

    /**
     * A snapshot that sees every committed version and all of this transaction's changes, including the
     * running statement's: for checks that must see the latest state (foreign keys at the end of a
     * statement), made while holding a lock on the table that keeps other writers out.
     */
    public Snapshot latestSnapshot() {
        requireStatement();
        return new Snapshot(this, Long.MAX_VALUE, cid + 1);
    }

    private long takeCommitSequence() {
        // Publish the horizon slot before reading the counter for the snapshot (see TransactionManager.horizon).
        long slot = horizonSlot;
        if (slot == 0 || (!retainSnapshots && isolation == IsolationLevel.READ_COMMITTED)) {
            horizonSlot = manager.currentCommitSequence();
        }
        return manager.currentCommitSequence();
    }

    /** Sets a savepoint; names may repeat, the newest one with a name wins. */
    public void savepoint(String name) {
        requireActive();
        savepoints.add(new Savepoint(Objects.requireNonNull(name, "name"), undo.size()));
    }

    /**
     * Undoes everything done since the newest savepoint with this name, which stays; later savepoints go.
     * Locks taken since stay. 3B001 when there is no such savepoint.
     */
    public void rollbackToSavepoint(String name) {
        requireActive();
        int i = findSavepoint(name);
        Savepoint sp = savepoints.get(i);
        undoTo(sp.mark());
        savepoints.subList(i + 1, savepoints.size()).clear();
        statementMark = Math.min(statementMark, sp.mark());
    }

    /** Forgets the newest savepoint with this name and every later one, keeping their changes; 3B001 if none. */
    public void releaseSavepoint(String name) {
        requireActive();
        int i = findSavepoint(name);
        savepoints.subList(i, savepoints.size()).clear();
    }

    /** The names of the savepoints, oldest first. */
    public List<String> savepointNames() {
        return savepoints.stream().map(Savepoint::name).toList();
    }

    private int findSavepoint(String name) {
        for (int i = savepoints.size() - 1; i >= 0; i--) {
            if (savepoints.get(i).name().equals(name)) {
                return i;
            }
        }
        throw StoreErrors.savepointNotFound(name);
    }

    /**
     * Commits: every change becomes visible at once to snapshots taken afterwards, the locks are released,
     * and what no snapshot can see any more is reclaimed.
     */
    public void commit() {
        requireActive();
        finished = true;
        inStatement = false;
        List<StoredTable> written = new ArrayList<>(4);
        int n = undo.size();
        if (n > 0) {
            csn = COMMITTING;
            csn = manager.nextCommitSequence();
            int i = 0;
            while (i < n) {
                StoredTable table = undo.table(i);
                if (!written.contains(table)) {
                    written.add(table);
                }
                i = table.retireDeleted(undo, i, this);
            }
        } else {
            csn = Math.max(1, manager.currentCommitSequence());
        }
        end();
        for (StoredTable table : written) {
            table.vacuum();
        }
    }

    /** Rolls back: undoes every change and releases the locks. Does nothing if already ended. */
    public void rollback() {
        if (finished) {
            return;
        }
        finished = true;
        inStatement = false;
        csn = ABORTED;
        undoTo(0);
        end();
    }

    private void end() {
        horizonSlot = 0;
        manager.unregister(this);
        store.locks().releaseAll(this);
        undo.truncate(0);
        savepoints.clear();
        statementSnapshot = null;
    }

    private void undoTo(int mark) {
        for (int i = undo.size() - 1; i >= mark; i--) {
            undo.table(i).undo(undo.version(i), undo.kind(i), this);
        }
        undo.truncate(mark);
    }

    void requireActive() {
        if (finished) {
            throw new IllegalStateException("the transaction has ended");
        }
    }

    void requireStatement() {
        requireActive();
        if (!inStatement) {
            throw new IllegalStateException("no statement is running: call beginStatement() first");
        }
    }

    WaitPolicy waitPolicy() {
        return waitPolicy;
    }

    void log(StoredTable table, RowHandle version, byte kind) {
        undo.add(table, version, kind);
    }

    /** The commit sequence number, waiting out the instant between "committing" and the number being set. */
    long awaitCommitSequence() {
        long c = csn;
        int spins = 0;
        while (c == COMMITTING) {
            if (++spins < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
            c = csn;
        }
        return c;
    }

    /** Committed (above 0), in progress (0) or aborted (below 0), never "committing". */
    long commitSequence() {
        long c = csn;
        return c == COMMITTING ? awaitCommitSequence() : c;
    }

    @Override
    public String toString() {
        return "Transaction[pid=" + processId + ", xid=" + xid + ", cid=" + cid + "]";
    }
}

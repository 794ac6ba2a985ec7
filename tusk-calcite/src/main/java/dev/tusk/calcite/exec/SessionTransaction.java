package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.Catalog;
import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.store.IsolationLevel;
import dev.tusk.calcite.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * A session's transaction: the explicit block (BEGIN ... COMMIT) or the implicit one around a single statement,
 * with PostgreSQL's failed state (25P02 until ROLLBACK), savepoints, and the catalog version the transaction sees
 * (its own, once it has run DDL).
 */
public final class SessionTransaction {
    private final Catalog catalog;
    private final SessionContext session;
    private Transaction tx;
    private boolean block;
    private CatalogState ddlState;
    private final Deque<SavepointState> savepoints = new ArrayDeque<>();
    private IsolationLevel defaultIsolation = IsolationLevel.READ_COMMITTED;
    private final java.util.List<Runnable> onCommit = new java.util.ArrayList<>();
    private final java.util.List<Runnable> onRollback = new java.util.ArrayList<>();

    private final java.util.Map<Integer, Integer> rewritten = new java.util.HashMap<>();

    private record SavepointState(String name, CatalogState ddlState) {}

    private final SessionSequences sequences;

    /** Creates the transaction state of a new session; names resolve through {@code searchPath}. */
    public SessionTransaction(
            Catalog catalog, SessionContext session, java.util.function.Supplier<java.util.List<String>> searchPath) {
        this.catalog = catalog;
        this.session = session;
        this.sequences = new SessionSequences(this, searchPath);
    }

    /** The session's sequence state (currval, lastval). */
    public dev.tusk.calcite.func.SequenceAccess sequences() {
        return sequences;
    }

    /** DISCARD SEQUENCES / DISCARD ALL. */
    public void discardSequences() {
        sequences.discard();
    }

    /** The catalog the session's statements see. */
    public CatalogState catalog() {
        return ddlState != null ? ddlState : catalog.committed();
    }

    /** The database. */
    public Catalog database() {
        return catalog;
    }

    /** Whether an explicit transaction block is open. */
    public boolean inBlock() {
        return block;
    }

    /** Throws 25P02 when the block has failed (every statement but COMMIT/ROLLBACK is refused). */
    public void checkNotFailed() {
        if (session.transactionStatus() == TransactionStatus.FAILED) {
            throw new PgException(
                    SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    /** The store transaction, started if needed (implicitly, for one statement, outside a block). */
    public Transaction transaction() {
        if (tx == null || !tx.isActive()) {
            tx = catalog.store().begin(defaultIsolation, session.processId());
        }
        return tx;
    }

    /** The store transaction with a statement running in it (begun if needed). */
    public Transaction statement() {
        Transaction t = transaction();
        if (!t.inStatement()) {
            t.beginStatement();
        }
        return t;
    }

    /** BEGIN. */
    public void begin(IsolationLevel isolation) {
        if (block) {
            session.sendNotice(new Notice(
                    "WARNING",
                    SqlState.ACTIVE_SQL_TRANSACTION.code(),
                    "there is already a transaction in progress",
                    null,
                    null));
            return;
        }
        block = true;
        tx = catalog.store().begin(isolation != null ? isolation : defaultIsolation, session.processId());
        session.setTransactionStatus(TransactionStatus.IN_TRANSACTION);
    }

    /** Sets the isolation level of the current block (SET TRANSACTION) or of later ones (SET SESSION CHARACTERISTICS). */
    public void setIsolation(IsolationLevel level, boolean sessionDefault) {
        if (sessionDefault) {
            defaultIsolation = level;
            return;
        }
        transaction().setIsolationLevel(level);
    }

    /** COMMIT (a failed block rolls back); returns the command tag. */
    public String commit() {
        if (!block) {
            session.sendNotice(new Notice(
                    "WARNING",
                    SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                    "there is no transaction in progress",
                    null,
                    null));
            return "COMMIT";
        }
        boolean failed = session.transactionStatus() == TransactionStatus.FAILED;
        if (failed) {
            rollbackAll();
            return "ROLLBACK";
        }
        commitAll();
        return "COMMIT";
    }

    /** ROLLBACK. */
    public void rollback() {
        if (!block) {
            session.sendNotice(new Notice(
                    "WARNING",
                    SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                    "there is no transaction in progress",
                    null,
                    null));
            return;
        }
        rollbackAll();
    }

    /** SAVEPOINT name. */
    public void savepoint(String name) {
        if (!block) {
            throw new PgException(
                    SqlState.NO_ACTIVE_SQL_TRANSACTION, "SAVEPOINT can only be used in transaction blocks");
        }
        transaction().savepoint(name);
        savepoints.push(new SavepointState(name, ddlState));
    }

    /** RELEASE SAVEPOINT name. */
    public void release(String name) {
        if (!block) {
            throw new PgException(
                    SqlState.NO_ACTIVE_SQL_TRANSACTION, "RELEASE SAVEPOINT can only be used in transaction blocks");
        }
        transaction().releaseSavepoint(name);
        while (!savepoints.isEmpty()) {
            if (savepoints.pop().name().equals(name)) {
                break;
            }
        }
    }

    /** ROLLBACK TO SAVEPOINT name: undoes what followed it and clears the failed state. */
    public void rollbackTo(String name) {
        if (!block) {
            throw new PgException(
                    SqlState.NO_ACTIVE_SQL_TRANSACTION, "ROLLBACK TO SAVEPOINT can only be used in transaction blocks");
        }
        transaction().rollbackToSavepoint(name);
        while (!savepoints.isEmpty() && !savepoints.peek().name().equals(name)) {
            savepoints.pop();
        }
        int depth = savepoints.size();
        rewritten.values().removeIf(d -> d >= depth);
        if (!savepoints.isEmpty()) {
            ddlState = savepoints.peek().ddlState();
        }
        session.setTransactionStatus(TransactionStatus.IN_TRANSACTION);
    }

    /**
     * Records that a table was truncated in the current (sub)transaction, for COPY FREEZE (PostgreSQL's new
     * relfilenode rule).
     */
    public void markTruncated(int tableOid) {
        rewritten.put(tableOid, savepoints.size());
    }

    /**
     * Whether COPY FREEZE may load the table: it was created or truncated in the current subtransaction (or in one
     * released into it), as PostgreSQL requires.
     */
    public boolean createdOrTruncatedHere(dev.tusk.calcite.catalog.TableDef table) {
        Integer depth = rewritten.get(table.oid());
        if (depth != null && depth >= savepoints.size()) {
            return true;
        }
        dev.tusk.calcite.catalog.TableDef committed = catalog.committed().table(table.schema(), table.name());
        return ddlState != null && savepoints.isEmpty() && (committed == null || committed.oid() != table.oid());
    }

    /** Makes {@code state} this transaction's catalog (after DDL), taking the DDL lock first. */
    public void changeCatalog(CatalogState state) {
        ddlState = state;
    }

    /** Runs {@code commit} if this transaction commits, {@code rollback} if it rolls back (storage DDL side effects). */
    public void onEnd(Runnable commit, Runnable rollback) {
        if (commit != null) {
            onCommit.add(commit);
        }
        if (rollback != null) {
            onRollback.add(rollback);
        }
    }

    /** Takes the database's DDL lock for this transaction (before reading the catalog a DDL statement changes). */
    public void lockDdl(BooleanSupplier cancelled) {
        try {
            if (!catalog.lockDdl(this, cancelled)) {
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
        if (ddlState == null) {
            ddlState = catalog.committed();
        }
    }

    /** Ends a statement that succeeded: outside a block its implicit transaction commits. */
    public void statementSucceeded() {
        if (tx != null && tx.inStatement()) {
            tx.endStatement();
        }
        if (!block) {
            commitAll();
        }
    }

    /** Ends a statement that failed: its changes are undone; a block becomes failed, an implicit transaction rolls back. */
    public void statementFailed() {
        if (tx != null && tx.isActive() && tx.inStatement()) {
            tx.abortStatement();
        }
        if (block) {
            session.setTransactionStatus(TransactionStatus.FAILED);
        } else {
            rollbackAll();
        }
    }

    private void commitAll() {
        try {
            if (tx != null && tx.isActive()) {
                tx.commit();
            }
            if (ddlState != null) {
                catalog.publish(this, ddlState);
            }
            onCommit.forEach(Runnable::run);
        } finally {
            endBlock();
        }
    }

    private void rollbackAll() {
        try {
            if (tx != null && tx.isActive()) {
                tx.rollback();
            }
            onRollback.forEach(Runnable::run);
        } finally {
            catalog.unlockDdl(this);
            endBlock();
        }
    }

    private void endBlock() {
        tx = null;
        block = false;
        ddlState = null;
        savepoints.clear();
        rewritten.clear();
        onCommit.clear();
        onRollback.clear();
        session.setTransactionStatus(TransactionStatus.IDLE);
    }

    /** Ends everything when the session closes. */
    public void close() {
        rollbackAll();
    }
}

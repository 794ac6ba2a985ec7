package dev.tusk.calcite.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The root of one database's storage: it creates tables and sequences, begins transactions, and owns the
 * commit counter and lock table they share. The caller's catalog maps names to the objects made here.
 */
public final class TableStore {

    private final TransactionManager transactions = new TransactionManager();
    private final LockManager locks = new LockManager();
    private final Set<StoredTable> tables = ConcurrentHashMap.newKeySet();

    /** A new, empty store. */
    public TableStore() {}

    /** Creates an empty table; schema (may be null) and name appear in error fields. */
    public StoredTable createTable(String schema, String name) {
        StoredTable t = new StoredTable(this, schema, name);
        tables.add(t);
        return t;
    }

    /**
     * Forgets a table (DROP TABLE once the caller's catalog committed the drop); the caller keeps others
     * from using it (PostgreSQL's ACCESS EXCLUSIVE lock).
     */
    public void dropTable(StoredTable table) {
        table.dropped = true;
        tables.remove(table);
    }

    /** The tables created and not dropped. */
    public List<StoredTable> tables() {
        return List.copyOf(tables);
    }

    /** Creates a sequence with validated options. */
    public Sequence createSequence(String name, SequenceOptions options) {
        return new Sequence(name, options);
    }

    /** Marks a sequence dropped: lastval() of sessions that used it last fails as in PostgreSQL. */
    public void dropSequence(Sequence sequence) {
        sequence.markDropped();
    }

    /** Begins a transaction for the session with this process id (reported in deadlock details). */
    public Transaction begin(IsolationLevel isolation, int processId) {
        Transaction tx = new Transaction(this, transactions, Objects.requireNonNull(isolation), processId);
        transactions.register(tx);
        return tx;
    }

    /** Reclaims, in every table, the versions no snapshot can see any more. */
    public void vacuum() {
        for (StoredTable t : tables) {
            t.vacuum();
        }
    }

    /** Transactions begun and not ended. */
    public int activeTransactions() {
        return transactions.activeCount();
    }

    TransactionManager transactions() {
        return transactions;
    }

    LockManager locks() {
        return locks;
    }
}

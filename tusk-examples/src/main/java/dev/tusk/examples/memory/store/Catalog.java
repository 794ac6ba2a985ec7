package dev.tusk.examples.memory.store;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The committed state of every table, shared by all sessions. Transactions read it and publish their
 * changes with {@link #publish}, which applies them atomically under a lock (first committer wins).
 */
public final class Catalog {

    /** The first OID PostgreSQL gives to user objects. */
    private static final int FIRST_USER_OID = 16384;

    private final Object lock = new Object();
    private final AtomicInteger nextOid = new AtomicInteger(FIRST_USER_OID);
    private volatile Map<String, TableData> committed = Map.of();

    /** The committed version of a table, or null when there is no such table. */
    public TableData get(String name) {
        return committed.get(name);
    }

    /** A fresh OID for a new table. */
    public int newOid() {
        return nextOid.getAndAdd(2); // PostgreSQL uses the next one for the row type
    }

    /** Starts a transaction over this catalog. */
    public Transaction begin() {
        return new Transaction(this);
    }

    /**
     * Publishes a transaction's changes atomically. Each changed table must still be the version the
     * transaction started from; otherwise another transaction committed first and this one fails with
     * 40001.
     *
     * @param base the committed version each changed table had when the transaction first touched it
     *     (null for a table that did not exist)
     * @param changes the new versions (null to drop)
     */
    void publish(Map<String, TableData> base, Map<String, TableData> changes) {
        if (changes.isEmpty()) {
            return;
        }
        synchronized (lock) {
            Map<String, TableData> current = committed;
            for (String name : changes.keySet()) {
                if (current.get(name) != base.get(name)) {
                    throw PgException.builder(
                                    SqlState.T_R_SERIALIZATION_FAILURE,
                                    "could not serialize access due to concurrent update")
                            .detail("Table \"" + name + "\" was changed by a transaction that committed first.")
                            .build();
                }
            }
            Map<String, TableData> next = new HashMap<>(current);
            changes.forEach((name, data) -> {
                if (data == null) {
                    next.remove(name);
                } else {
                    next.put(name, data);
                }
            });
            committed = Map.copyOf(next);
        }
    }
}

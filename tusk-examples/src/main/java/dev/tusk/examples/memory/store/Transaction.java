package dev.tusk.examples.memory.store;

import java.util.HashMap;
import java.util.Map;

/**
 * A session's private, copy-on-write view of the catalog. Reads see the committed state (read committed)
 * except for tables this transaction changed, which it sees in its own versions. Nothing is visible to
 * other sessions until {@link #commit()}; {@link #rollback()} just forgets the changes.
 */
public final class Transaction {

    private final Catalog catalog;
    private final Map<String, TableData> base = new HashMap<>();
    private final Map<String, TableData> changes = new HashMap<>();
    private boolean done;

    Transaction(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The table as this transaction sees it, or null when it does not exist. */
    public TableData table(String name) {
        if (changes.containsKey(name)) {
            return changes.get(name);
        }
        return catalog.get(name);
    }

    /**
     * Replaces (or creates) a table in this transaction.
     *
     * @param from the version the new one was derived from, as {@link #table} returned it (null for a new
     *     table): commit fails if another transaction changed the table after that version
     */
    public void put(String name, TableData from, TableData data) {
        remember(name, from);
        changes.put(name, data);
    }

    /** Drops a table in this transaction; {@code from} is the version seen, as for {@link #put}. */
    public void drop(String name, TableData from) {
        remember(name, from);
        changes.put(name, null);
    }

    /** A fresh table OID. */
    public int newOid() {
        return catalog.newOid();
    }

    /** Whether this transaction changed anything. */
    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    private void remember(String name, TableData from) {
        if (!base.containsKey(name) && !changes.containsKey(name)) {
            base.put(name, from);
        }
    }

    /** Publishes the changes atomically; fails with 40001 if another transaction changed a table first. */
    public void commit() {
        if (done) {
            return;
        }
        done = true;
        catalog.publish(base, changes);
    }

    /** Discards the changes. */
    public void rollback() {
        done = true;
        changes.clear();
        base.clear();
    }
}

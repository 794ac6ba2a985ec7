package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.store.Catalog;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.server.api.SessionContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session's engine-side state: the shared catalog, the open transaction block (if any), the
 * transaction of the statement running now, the setting values RESET goes back to, SET LOCAL's saved
 * values and the notifications a transaction block sends when it commits.
 */
public final class SessionState {

    private final SessionContext session;
    private final Catalog catalog;
    private final Map<String, String> defaults;
    private final Map<String, String> localSaves = new LinkedHashMap<>();
    private final List<String[]> pendingNotifications = new ArrayList<>();
    private Transaction block;
    private Transaction current;

    /** The state of a new session; the session's settings now are what RESET restores. */
    public SessionState(SessionContext session, Catalog catalog) {
        this.session = session;
        this.catalog = catalog;
        this.defaults = new LinkedHashMap<>(session.settings());
    }

    /** The server's view of the session. */
    public SessionContext session() {
        return session;
    }

    /** The shared catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /** Read-only settings PostgreSQL always has, answered when the server's session does not define them. */
    private static final Map<String, String> FIXED = Map.of(
            "transaction_isolation", "read committed",
            "default_transaction_isolation", "read committed",
            "transaction_read_only", "off",
            "default_transaction_read_only", "off",
            "server_encoding", "UTF8",
            "max_identifier_length", "63",
            "integer_datetimes", "on",
            "search_path", "\"$user\", public",
            "block_size", "8192");

    /**
     * A setting's value as SHOW and current_setting() report it: the session's, else one of the fixed
     * values above, else null.
     */
    public String setting(String name) {
        String v = session.setting(name);
        return v != null ? v : FIXED.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The value RESET restores for a setting (case-insensitive), or null. */
    public String defaultSetting(String name) {
        for (var e : defaults.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Every setting RESET ALL restores. */
    public Map<String, String> defaults() {
        return defaults;
    }

    /** Whether a transaction block (BEGIN ... COMMIT) is open. */
    public boolean inBlock() {
        return block != null;
    }

    /** The open transaction block, or null. */
    public Transaction block() {
        return block;
    }

    /** Opens a transaction block. */
    public void beginBlock() {
        block = catalog.begin();
    }

    /**
     * Ends the transaction block: commits (publishing its tables and then its notifications) or rolls
     * back; either way SET LOCAL values are restored.
     */
    public void endBlock(boolean commit) {
        Transaction tx = block;
        block = null;
        try {
            if (commit) {
                tx.commit();
                for (String[] n : pendingNotifications) {
                    session.notify(n[0], n[1]);
                }
            } else {
                tx.rollback();
            }
        } finally {
            pendingNotifications.clear();
            restoreLocals();
        }
    }

    /** The transaction the running statement works in (the block, or the statement's own). */
    public Transaction tx() {
        return block != null ? block : current;
    }

    /** Sets the statement's own transaction (outside a block). */
    public void setCurrent(Transaction tx) {
        this.current = tx;
    }

    /** Remembers a setting's value before SET LOCAL changes it. */
    public void saveLocal(String name, String previous) {
        localSaves.putIfAbsent(name, previous);
    }

    private void restoreLocals() {
        for (var e : localSaves.entrySet()) {
            if (e.getValue() != null) {
                session.setSetting(e.getKey(), e.getValue());
            }
        }
        localSaves.clear();
    }

    /** NOTIFY: sent now outside a block, at COMMIT inside one (dropped on ROLLBACK), as PostgreSQL does. */
    public void notify(String channel, String payload) {
        if (block != null) {
            pendingNotifications.add(new String[] {channel, payload});
        } else {
            session.notify(channel, payload);
        }
    }
}

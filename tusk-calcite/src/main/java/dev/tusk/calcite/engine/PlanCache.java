package dev.tusk.calcite.engine;

import dev.tusk.calcite.catalog.CatalogState;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans shared by every session of an engine, so that a statement seen before (re-Parsed, or sent again by the
 * simple protocol, literals lifted) skips parsing's successors: validation, optimisation and code generation.
 * An entry is valid for exactly one catalog version (compared by identity: a version number may repeat after a
 * rolled-back DDL transaction), so DDL invalidates by making new keys; a newer committed version also evicts
 * older entries. Bounded, least recently used out first.
 */
final class PlanCache {
    /** The default number of plans kept. */
    static final int DEFAULT_CAPACITY = 1024;

    /**
     * What a plan depends on.
     *
     * @param sql the statement text (with lifted literals replaced by markers)
     * @param declared the parameter types the client declared
     * @param searchPath the schemas unqualified names resolve in
     * @param catalog the catalog version, by identity
     */
    record Key(String sql, List<Integer> declared, List<String> searchPath, CatalogState catalog) {}

    private final int capacity;
    private final Supplier<CatalogState> committed;
    private final LinkedHashMap<Key, Object> plans;
    private long newestVersion;
    private long hits;
    private long misses;

    PlanCache(int capacity, Supplier<CatalogState> committed) {
        this.capacity = capacity;
        this.committed = committed;
        this.plans = new LinkedHashMap<>(64, 0.75f, true);
    }

    static Key key(String sql, int[] declared, List<String> searchPath, CatalogState catalog) {
        List<Integer> d;
        if (declared == null || declared.length == 0) {
            d = List.of();
        } else {
            Integer[] boxed = new Integer[declared.length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = declared[i];
            }
            d = List.of(boxed);
        }
        return new Key(sql, d, List.copyOf(searchPath), catalog);
    }

    /** The cached plan for the key, or one made (outside the cache's lock) and cached if the capacity allows. */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> plan) {
        if (capacity <= 0) {
            return plan.get();
        }
        synchronized (this) {
            Object p = plans.get(key);
            if (p != null) {
                hits++;
                return (T) p;
            }
            misses++;
        }
        T made = plan.get();
        synchronized (this) {
            long v = key.catalog().version();
            if (v > newestVersion && key.catalog() == committed.get()) {
                // a newer committed version: plans of older ones will rarely be asked for again
                newestVersion = v;
                plans.keySet().removeIf(k -> k.catalog().version() < v);
            }
            plans.put(key, made);
            if (plans.size() > capacity) {
                Iterator<Map.Entry<Key, Object>> it = plans.entrySet().iterator();
                it.next();
                it.remove();
            }
        }
        return made;
    }

    /** The cached plan for the key, or null (nothing is planned). */
    @SuppressWarnings("unchecked")
    synchronized <T> T peek(Key key) {
        Object p = plans.get(key);
        if (p != null) {
            hits++;
        }
        return (T) p;
    }

    /** Plans held. */
    synchronized int size() {
        return plans.size();
    }

    /** Lookups that found a plan. */
    synchronized long hits() {
        return hits;
    }

    /** Lookups that had to plan. */
    synchronized long misses() {
        return misses;
    }
}

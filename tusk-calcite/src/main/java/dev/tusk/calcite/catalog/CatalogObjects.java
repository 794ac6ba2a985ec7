package dev.tusk.calcite.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a {@link CatalogState} beyond tables and sequences: views, CREATE INDEX indexes, comments
 * (pg_description) and storage parameters (pg_class.reloptions). Immutable; each change makes a copy.
 */
final class CatalogObjects {
    static final CatalogObjects EMPTY = new CatalogObjects(Map.of(), Map.of(), Map.of(), Map.of());

    final Map<String, Map<String, ViewDef>> views;
    final Map<ObjectKey, String> comments;
    final Map<Integer, List<String>> reloptions;
    final Map<String, Map<String, IndexDef>> indexes;

    private CatalogObjects(
            Map<String, Map<String, ViewDef>> views,
            Map<ObjectKey, String> comments,
            Map<Integer, List<String>> reloptions,
            Map<String, Map<String, IndexDef>> indexes) {
        this.views = views;
        this.comments = comments;
        this.reloptions = reloptions;
        this.indexes = indexes;
    }

    CatalogObjects withIndex(IndexDef i) {
        Map<String, Map<String, IndexDef>> copy = new LinkedHashMap<>(indexes);
        Map<String, IndexDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(i.schema(), Map.of()));
        inSchema.put(i.name(), i);
        copy.put(i.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogObjects(views, comments, reloptions, Collections.unmodifiableMap(copy));
    }

    CatalogObjects withoutIndex(IndexDef i) {
        Map<String, Map<String, IndexDef>> copy = new LinkedHashMap<>(indexes);
        Map<String, IndexDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(i.schema(), Map.of()));
        inSchema.remove(i.name());
        copy.put(i.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogObjects(views, comments, reloptions, Collections.unmodifiableMap(copy)).forget(i.oid());
    }

    /** A copy without the indexes of a dropped table (and their comments and storage parameters). */
    CatalogObjects withoutIndexesOf(int tableOid) {
        CatalogObjects o = this;
        for (Map<String, IndexDef> m : indexes.values()) {
            for (IndexDef i : m.values()) {
                if (i.tableOid() == tableOid) {
                    o = o.withoutIndex(i);
                }
            }
        }
        return o;
    }

    CatalogObjects withView(ViewDef v) {
        Map<String, Map<String, ViewDef>> copy = new LinkedHashMap<>(views);
        Map<String, ViewDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(v.schema(), Map.of()));
        inSchema.put(v.name(), v);
        copy.put(v.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogObjects(Collections.unmodifiableMap(copy), comments, reloptions, indexes);
    }

    CatalogObjects withoutView(ViewDef v) {
        Map<String, Map<String, ViewDef>> copy = new LinkedHashMap<>(views);
        Map<String, ViewDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(v.schema(), Map.of()));
        inSchema.remove(v.name());
        copy.put(v.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogObjects(Collections.unmodifiableMap(copy), comments, reloptions, indexes).forget(v.oid());
    }

    CatalogObjects withoutSchema(String schema) {
        Map<String, Map<String, ViewDef>> copy = new LinkedHashMap<>(views);
        copy.remove(schema);
        Map<String, Map<String, IndexDef>> idx = new LinkedHashMap<>(indexes);
        idx.remove(schema);
        return new CatalogObjects(
                Collections.unmodifiableMap(copy), comments, reloptions, Collections.unmodifiableMap(idx));
    }

    CatalogObjects withComment(ObjectKey key, String text) {
        Map<ObjectKey, String> copy = new LinkedHashMap<>(comments);
        if (text == null || text.isEmpty()) {
            copy.remove(key); // PostgreSQL drops the comment for NULL and for ''
        } else {
            copy.put(key, text);
        }
        return new CatalogObjects(views, Collections.unmodifiableMap(copy), reloptions, indexes);
    }

    CatalogObjects withReloptions(int relation, List<String> options) {
        Map<Integer, List<String>> copy = new LinkedHashMap<>(reloptions);
        if (options == null || options.isEmpty()) {
            copy.remove(relation);
        } else {
            copy.put(relation, List.copyOf(options));
        }
        return new CatalogObjects(views, comments, Collections.unmodifiableMap(copy), indexes);
    }

    /** A copy without the comments and storage parameters of a dropped object. */
    CatalogObjects forget(int oid) {
        boolean commented = comments.keySet().stream().anyMatch(k -> k.objectOid() == oid);
        if (!commented && !reloptions.containsKey(oid)) {
            return this;
        }
        Map<ObjectKey, String> c = new LinkedHashMap<>(comments);
        c.keySet().removeIf(k -> k.objectOid() == oid);
        Map<Integer, List<String>> r = new LinkedHashMap<>(reloptions);
        r.remove(oid);
        return new CatalogObjects(views, Collections.unmodifiableMap(c), Collections.unmodifiableMap(r), indexes);
    }
}

package dev.tusk.calcite.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * One immutable version of the database's metadata. DDL derives a new version with the {@code with...} methods;
 * queries plan against the version their transaction sees.
 */
public final class CatalogState {
    /** The hidden schema whose tables expose row handles, for UPDATE and DELETE plans. */
    public static final String DML_SCHEMA = "tusk_dml";

    private final long version;
    private final Map<String, SchemaDef> schemas;
    private final Map<String, Map<String, TableDef>> tables;
    private final Map<String, Map<String, SequenceDef>> sequences;
    private final CatalogObjects objects;
    private volatile CalciteSchema calciteRoot;

    private CatalogState(
            long version,
            Map<String, SchemaDef> schemas,
            Map<String, Map<String, TableDef>> tables,
            Map<String, Map<String, SequenceDef>> sequences,
            CatalogObjects objects) {
        this.version = version;
        this.schemas = schemas;
        this.tables = tables;
        this.sequences = sequences;
        this.objects = objects;
    }

    /** The initial state: the public, pg_catalog and information_schema schemas, no tables. */
    static CatalogState initial() {
        Map<String, SchemaDef> schemas = new LinkedHashMap<>();
        schemas.put("pg_catalog", new SchemaDef(11, "pg_catalog"));
        schemas.put("public", new SchemaDef(2200, "public"));
        schemas.put("information_schema", new SchemaDef(13207, "information_schema"));
        Map<String, Map<String, TableDef>> tables = new LinkedHashMap<>();
        tables.put("pg_catalog", Map.of());
        tables.put("public", Map.of());
        tables.put("information_schema", Map.of());
        return new CatalogState(
                1,
                Collections.unmodifiableMap(schemas),
                Collections.unmodifiableMap(tables),
                Map.of(),
                CatalogObjects.EMPTY);
    }

    /** A number that changes with every published change (plans cached for one version stay valid for it). */
    public long version() {
        return version;
    }

    /** The schemas by name. */
    public Map<String, SchemaDef> schemas() {
        return schemas;
    }

    /** The tables of a schema by name (empty for an unknown schema). */
    public Map<String, TableDef> tables(String schema) {
        return tables.getOrDefault(schema, Map.of());
    }

    /** A table by schema and name, or null. */
    public TableDef table(String schema, String name) {
        return tables(schema).get(name);
    }

    /** The table with this OID, or null. */
    public TableDef tableByOid(int oid) {
        for (Map<String, TableDef> m : tables.values()) {
            for (TableDef t : m.values()) {
                if (t.oid() == oid) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Every table, schema by schema. */
    public java.util.List<TableDef> allTables() {
        java.util.List<TableDef> out = new java.util.ArrayList<>();
        for (Map<String, TableDef> m : tables.values()) {
            out.addAll(m.values());
        }
        return out;
    }

    /** A copy with a table added or replaced. */
    public CatalogState withTable(TableDef t) {
        Map<String, Map<String, TableDef>> copy = new LinkedHashMap<>(tables);
        Map<String, TableDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(t.schema(), Map.of()));
        inSchema.put(t.name(), t);
        copy.put(t.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, Collections.unmodifiableMap(copy), sequences, objects);
    }

    /**
     * A copy with a table's definition replaced (ALTER TABLE, possibly renaming it); unlike {@link #withoutTable}
     * it keeps the table's comments, storage parameters and indexes.
     */
    public CatalogState withTableReplaced(TableDef old, TableDef now) {
        Map<String, Map<String, TableDef>> copy = new LinkedHashMap<>(tables);
        Map<String, TableDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(old.schema(), Map.of()));
        inSchema.remove(old.name());
        inSchema.put(now.name(), now);
        copy.put(old.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, Collections.unmodifiableMap(copy), sequences, objects);
    }

    /** A copy without a table. */
    public CatalogState withoutTable(TableDef t) {
        Map<String, Map<String, TableDef>> copy = new LinkedHashMap<>(tables);
        Map<String, TableDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(t.schema(), Map.of()));
        inSchema.remove(t.name());
        copy.put(t.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(
                version + 1,
                schemas,
                Collections.unmodifiableMap(copy),
                sequences,
                objects.forget(t.oid()).withoutIndexesOf(t.oid())); // a table's indexes go with it
    }

    /** The sequences of a schema by name. */
    public Map<String, SequenceDef> sequences(String schema) {
        return sequences.getOrDefault(schema, Map.of());
    }

    /** A sequence by schema and name, or null. */
    public SequenceDef sequence(String schema, String name) {
        return sequences(schema).get(name);
    }

    /** Whether a table, view, sequence or index (they share one namespace) has this name. */
    public boolean relationExists(String schema, String name) {
        return table(schema, name) != null
                || sequence(schema, name) != null
                || view(schema, name) != null
                || indexExists(schema, name);
    }

    /** The CREATE INDEX indexes of a schema by name (constraint indexes are the tables' {@link UniqueDef}s). */
    public Map<String, IndexDef> indexes(String schema) {
        return objects.indexes.getOrDefault(schema, Map.of());
    }

    /** A CREATE INDEX index by schema and name, or null. */
    public IndexDef index(String schema, String name) {
        return indexes(schema).get(name);
    }

    /** The CREATE INDEX indexes of a table, in creation order. */
    public java.util.List<IndexDef> indexesOf(int tableOid) {
        java.util.List<IndexDef> out = new java.util.ArrayList<>();
        for (Map<String, IndexDef> m : objects.indexes.values()) {
            for (IndexDef i : m.values()) {
                if (i.tableOid() == tableOid) {
                    out.add(i);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(IndexDef::oid));
        return out;
    }

    /** Whether an index, a CREATE INDEX one or a constraint's, has this name in the schema. */
    public boolean indexExists(String schema, String name) {
        if (index(schema, name) != null) {
            return true;
        }
        for (TableDef t : tables(schema).values()) {
            for (UniqueDef u : t.uniques()) {
                if (u.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy with an index added or replaced. */
    public CatalogState withIndex(IndexDef i) {
        return new CatalogState(version + 1, schemas, tables, sequences, objects.withIndex(i));
    }

    /** A copy without an index (and its comment). */
    public CatalogState withoutIndex(IndexDef i) {
        return new CatalogState(version + 1, schemas, tables, sequences, objects.withoutIndex(i));
    }

    /** The views of a schema by name. */
    public Map<String, ViewDef> views(String schema) {
        return objects.views.getOrDefault(schema, Map.of());
    }

    /** A view by schema and name, or null. */
    public ViewDef view(String schema, String name) {
        return views(schema).get(name);
    }

    /** A copy with a view added or replaced. */
    public CatalogState withView(ViewDef v) {
        return new CatalogState(version + 1, schemas, tables, sequences, objects.withView(v));
    }

    /** A copy without a view (and its comments). */
    public CatalogState withoutView(ViewDef v) {
        return new CatalogState(version + 1, schemas, tables, sequences, objects.withoutView(v));
    }

    /** A copy with a schema added or replaced. */
    public CatalogState withSchema(SchemaDef schema) {
        Map<String, SchemaDef> copy = new LinkedHashMap<>(schemas);
        copy.put(schema.name(), schema);
        Map<String, Map<String, TableDef>> t = new LinkedHashMap<>(tables);
        t.putIfAbsent(schema.name(), Map.of());
        return new CatalogState(
                version + 1, Collections.unmodifiableMap(copy), Collections.unmodifiableMap(t), sequences, objects);
    }

    /** A copy without a schema and anything left in it (callers drop its objects first, to run their hooks). */
    public CatalogState withoutSchema(SchemaDef schema) {
        Map<String, SchemaDef> copy = new LinkedHashMap<>(schemas);
        copy.remove(schema.name());
        Map<String, Map<String, TableDef>> t = new LinkedHashMap<>(tables);
        t.remove(schema.name());
        Map<String, Map<String, SequenceDef>> s = new LinkedHashMap<>(sequences);
        s.remove(schema.name());
        return new CatalogState(
                version + 1,
                Collections.unmodifiableMap(copy),
                Collections.unmodifiableMap(t),
                Collections.unmodifiableMap(s),
                objects.withoutSchema(schema.name()).forget(schema.oid()));
    }

    /** A copy with a schema renamed, its tables and sequences moved along (their OIDs stay). */
    public CatalogState withSchemaRenamed(String oldName, String newName) {
        Map<String, SchemaDef> s = new LinkedHashMap<>();
        for (Map.Entry<String, SchemaDef> e : schemas.entrySet()) {
            if (e.getKey().equals(oldName)) {
                s.put(newName, new SchemaDef(e.getValue().oid(), newName));
            } else {
                s.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Map<String, TableDef>> t = new LinkedHashMap<>(tables);
        Map<String, TableDef> moved = new LinkedHashMap<>();
        for (TableDef d : t.getOrDefault(oldName, Map.of()).values()) {
            moved.put(
                    d.name(),
                    new TableDef(
                            d.oid(),
                            newName,
                            d.name(),
                            d.columns(),
                            d.uniques(),
                            d.checks(),
                            d.data(),
                            d.foreignKeys()));
        }
        t.remove(oldName);
        t.put(newName, Collections.unmodifiableMap(moved));
        Map<String, Map<String, SequenceDef>> q = new LinkedHashMap<>(sequences);
        Map<String, SequenceDef> movedSeq = new LinkedHashMap<>();
        for (SequenceDef d : q.getOrDefault(oldName, Map.of()).values()) {
            movedSeq.put(
                    d.name(),
                    new SequenceDef(d.oid(), newName, d.name(), d.sequence(), d.ownerTable(), d.ownerColumn()));
        }
        q.remove(oldName);
        if (!movedSeq.isEmpty()) {
            q.put(newName, Collections.unmodifiableMap(movedSeq));
        }
        CatalogObjects o = objects;
        for (ViewDef v : views(oldName).values()) {
            o = o.withView(v.inSchema(newName));
        }
        for (IndexDef i : indexes(oldName).values()) {
            o = o.withIndex(new IndexDef(
                    i.oid(),
                    newName,
                    i.name(),
                    i.tableOid(),
                    i.table(),
                    i.unique(),
                    i.columns(),
                    i.method(),
                    i.index()));
        }
        return new CatalogState(
                version + 1,
                Collections.unmodifiableMap(s),
                Collections.unmodifiableMap(t),
                Collections.unmodifiableMap(q),
                o.withoutSchema(oldName));
    }

    /** The comment on an object (pg_description), or null. */
    public String comment(ObjectKey key) {
        return objects.comments.get(key);
    }

    /** Every comment (pg_description), by object. */
    public Map<ObjectKey, String> comments() {
        return objects.comments;
    }

    /** A copy with a comment set, or removed when {@code text} is null or empty. */
    public CatalogState withComment(ObjectKey key, String text) {
        return new CatalogState(version + 1, schemas, tables, sequences, objects.withComment(key, text));
    }

    /** A relation's storage parameters as pg_class.reloptions lists them ({@code name=value}); empty if none. */
    public java.util.List<String> reloptions(int relation) {
        return objects.reloptions.getOrDefault(relation, java.util.List.of());
    }

    /** A copy with a relation's storage parameters replaced. */
    public CatalogState withReloptions(int relation, java.util.List<String> options) {
        return new CatalogState(version + 1, schemas, tables, sequences, objects.withReloptions(relation, options));
    }

    /** A copy with a sequence added or replaced. */
    public CatalogState withSequence(SequenceDef s) {
        Map<String, Map<String, SequenceDef>> copy = new LinkedHashMap<>(sequences);
        Map<String, SequenceDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(s.schema(), Map.of()));
        inSchema.put(s.name(), s);
        copy.put(s.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, tables, Collections.unmodifiableMap(copy), objects);
    }

    /** A copy without a sequence. */
    public CatalogState withoutSequence(SequenceDef s) {
        Map<String, Map<String, SequenceDef>> copy = new LinkedHashMap<>(sequences);
        Map<String, SequenceDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(s.schema(), Map.of()));
        inSchema.remove(s.name());
        copy.put(s.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(
                version + 1, schemas, tables, Collections.unmodifiableMap(copy), objects.forget(s.oid()));
    }

    /** The sequences a table's columns own. */
    public java.util.List<SequenceDef> ownedSequences(int tableOid) {
        java.util.List<SequenceDef> out = new java.util.ArrayList<>();
        for (Map<String, SequenceDef> m : sequences.values()) {
            for (SequenceDef s : m.values()) {
                if (s.ownerTable() == tableOid) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Calcite's view of this version: one sub-schema per schema, plus the hidden DML schema. */
    public CalciteSchema calciteRoot() {
        CalciteSchema r = calciteRoot;
        if (r == null) {
            synchronized (this) {
                r = calciteRoot;
                if (r == null) {
                    r = CalciteSchemas.build(this);
                    calciteRoot = r;
                }
            }
        }
        return r;
    }
}

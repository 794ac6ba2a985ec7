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
    private final Map<String, Map<String, IndexDef>> indexes;
    private volatile CalciteSchema calciteRoot;

    private CatalogState(
            long version,
            Map<String, SchemaDef> schemas,
            Map<String, Map<String, TableDef>> tables,
            Map<String, Map<String, SequenceDef>> sequences) {
        this(version, schemas, tables, sequences, Map.of());
    }

    private CatalogState(
            long version,
            Map<String, SchemaDef> schemas,
            Map<String, Map<String, TableDef>> tables,
            Map<String, Map<String, SequenceDef>> sequences,
            Map<String, Map<String, IndexDef>> indexes) {
        this.version = version;
        this.schemas = schemas;
        this.tables = tables;
        this.sequences = sequences;
        this.indexes = indexes;
    }

    /** The initial state: the public and pg_catalog schemas, no tables. */
    static CatalogState initial() {
        Map<String, SchemaDef> schemas = new LinkedHashMap<>();
        schemas.put("pg_catalog", new SchemaDef(11, "pg_catalog"));
        schemas.put("public", new SchemaDef(2200, "public"));
        Map<String, Map<String, TableDef>> tables = new LinkedHashMap<>();
        tables.put("pg_catalog", Map.of());
        tables.put("public", Map.of());
        return new CatalogState(1, Collections.unmodifiableMap(schemas), Collections.unmodifiableMap(tables), Map.of());
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
        return new CatalogState(version + 1, schemas, Collections.unmodifiableMap(copy), sequences, indexes);
    }

    /** A copy without a table. */
    public CatalogState withoutTable(TableDef t) {
        Map<String, Map<String, TableDef>> copy = new LinkedHashMap<>(tables);
        Map<String, TableDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(t.schema(), Map.of()));
        inSchema.remove(t.name());
        copy.put(t.schema(), Collections.unmodifiableMap(inSchema));
        // a table's indexes go with it
        Map<String, Map<String, IndexDef>> keptIndexes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, IndexDef>> e : indexes.entrySet()) {
            Map<String, IndexDef> kept = new LinkedHashMap<>(e.getValue());
            kept.values().removeIf(i -> i.tableOid() == t.oid());
            keptIndexes.put(e.getKey(), Collections.unmodifiableMap(kept));
        }
        return new CatalogState(
                version + 1,
                schemas,
                Collections.unmodifiableMap(copy),
                sequences,
                Collections.unmodifiableMap(keptIndexes));
    }

    /** The sequences of a schema by name. */
    public Map<String, SequenceDef> sequences(String schema) {
        return sequences.getOrDefault(schema, Map.of());
    }

    /** A sequence by schema and name, or null. */
    public SequenceDef sequence(String schema, String name) {
        return sequences(schema).get(name);
    }

    /** Whether a table, sequence or index (they share one namespace) has this name. */
    public boolean relationExists(String schema, String name) {
        return table(schema, name) != null || sequence(schema, name) != null || indexExists(schema, name);
    }

    /** The CREATE INDEX indexes of a schema by name (constraint indexes are the tables' {@link UniqueDef}s). */
    public Map<String, IndexDef> indexes(String schema) {
        return indexes.getOrDefault(schema, Map.of());
    }

    /** A CREATE INDEX index by schema and name, or null. */
    public IndexDef index(String schema, String name) {
        return indexes(schema).get(name);
    }

    /** The CREATE INDEX indexes of a table, in creation order. */
    public java.util.List<IndexDef> indexesOf(int tableOid) {
        java.util.List<IndexDef> out = new java.util.ArrayList<>();
        for (Map<String, IndexDef> m : indexes.values()) {
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
        Map<String, Map<String, IndexDef>> copy = new LinkedHashMap<>(indexes);
        Map<String, IndexDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(i.schema(), Map.of()));
        inSchema.put(i.name(), i);
        copy.put(i.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, tables, sequences, Collections.unmodifiableMap(copy));
    }

    /** A copy without an index. */
    public CatalogState withoutIndex(IndexDef i) {
        Map<String, Map<String, IndexDef>> copy = new LinkedHashMap<>(indexes);
        Map<String, IndexDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(i.schema(), Map.of()));
        inSchema.remove(i.name());
        copy.put(i.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, tables, sequences, Collections.unmodifiableMap(copy));
    }

    /** A copy with a sequence added or replaced. */
    public CatalogState withSequence(SequenceDef s) {
        Map<String, Map<String, SequenceDef>> copy = new LinkedHashMap<>(sequences);
        Map<String, SequenceDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(s.schema(), Map.of()));
        inSchema.put(s.name(), s);
        copy.put(s.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, tables, Collections.unmodifiableMap(copy), indexes);
    }

    /** A copy without a sequence. */
    public CatalogState withoutSequence(SequenceDef s) {
        Map<String, Map<String, SequenceDef>> copy = new LinkedHashMap<>(sequences);
        Map<String, SequenceDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(s.schema(), Map.of()));
        inSchema.remove(s.name());
        copy.put(s.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, tables, Collections.unmodifiableMap(copy), indexes);
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

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
    private volatile CalciteSchema calciteRoot;

    private CatalogState(long version, Map<String, SchemaDef> schemas, Map<String, Map<String, TableDef>> tables) {
        this.version = version;
        this.schemas = schemas;
        this.tables = tables;
    }

    /** The initial state: the public and pg_catalog schemas, no tables. */
    static CatalogState initial() {
        Map<String, SchemaDef> schemas = new LinkedHashMap<>();
        schemas.put("pg_catalog", new SchemaDef(11, "pg_catalog"));
        schemas.put("public", new SchemaDef(2200, "public"));
        Map<String, Map<String, TableDef>> tables = new LinkedHashMap<>();
        tables.put("pg_catalog", Map.of());
        tables.put("public", Map.of());
        return new CatalogState(1, Collections.unmodifiableMap(schemas), Collections.unmodifiableMap(tables));
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

    /** A copy with a table added or replaced. */
    public CatalogState withTable(TableDef t) {
        Map<String, Map<String, TableDef>> copy = new LinkedHashMap<>(tables);
        Map<String, TableDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(t.schema(), Map.of()));
        inSchema.put(t.name(), t);
        copy.put(t.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, Collections.unmodifiableMap(copy));
    }

    /** A copy without a table. */
    public CatalogState withoutTable(TableDef t) {
        Map<String, Map<String, TableDef>> copy = new LinkedHashMap<>(tables);
        Map<String, TableDef> inSchema = new LinkedHashMap<>(copy.getOrDefault(t.schema(), Map.of()));
        inSchema.remove(t.name());
        copy.put(t.schema(), Collections.unmodifiableMap(inSchema));
        return new CatalogState(version + 1, schemas, Collections.unmodifiableMap(copy));
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

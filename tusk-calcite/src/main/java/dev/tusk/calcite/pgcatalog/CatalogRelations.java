package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.IndexDef;
import dev.tusk.calcite.catalog.SchemaDef;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.catalog.ViewDef;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every relation of one catalog version as pg_class and pg_attribute list them: the system relations, and the
 * user's tables, views, sequences and indexes (constraint indexes included), each with its attributes. Computed
 * once per catalog version and shared by the catalog tables that need it.
 */
public final class CatalogRelations {
    /**
     * One attribute (pg_attribute row) of a relation.
     *
     * @param name its name
     * @param attnum its number, from 1
     * @param type its type and typmod
     * @param notNull attnotnull
     * @param hasDefault atthasdef
     * @param identity attidentity ({@code a}, {@code d} or {@code \0})
     */
    public record Attribute(
            String name, int attnum, PgTypeRef type, boolean notNull, boolean hasDefault, char identity) {}

    /**
     * One relation (pg_class row).
     *
     * @param oid its OID
     * @param name its name
     * @param schema its schema's name
     * @param namespace its schema's OID
     * @param relkind {@code r} table, {@code v} view, {@code S} sequence, {@code i} index
     * @param attributes its attributes in order
     * @param source what it was made from: a {@link TableDef}, {@link ViewDef}, {@link SequenceDef}, {@link IndexDef},
     *     {@link UniqueDef} (a constraint's index) or {@link SystemRelation}
     * @param table for an index, the table it indexes; else null
     */
    public record Relation(
            int oid,
            String name,
            String schema,
            int namespace,
            char relkind,
            List<Attribute> attributes,
            Object source,
            TableDef table) {}

    private static final Map<CatalogState, CatalogRelations> CACHE =
            Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final List<Relation> all;
    private final Map<Integer, Relation> byOid;

    private CatalogRelations(List<Relation> all) {
        this.all = List.copyOf(all);
        Map<Integer, Relation> m = new HashMap<>();
        for (Relation r : all) {
            m.put(r.oid(), r);
        }
        this.byOid = Map.copyOf(m);
    }

    /** The relations of a catalog version (computed at the first call, then shared). */
    public static CatalogRelations of(CatalogState state) {
        return CACHE.computeIfAbsent(state, CatalogRelations::compute);
    }

    /** Every relation, ordered by OID. */
    public List<Relation> all() {
        return all;
    }

    /** The relation with this OID, or null. */
    public Relation byOid(int oid) {
        return byOid.get(oid);
    }

    private static CatalogRelations compute(CatalogState state) {
        List<Relation> out = new ArrayList<>();
        for (SystemRelation r : SystemCatalog.relations()) {
            SchemaDef schema = state.schemas().get(r.schema());
            List<Attribute> attributes = new ArrayList<>();
            int n = 1;
            for (SystemColumn c : r.columns()) {
                attributes.add(new Attribute(c.name(), n++, c.type(), c.notNull(), false, '\0'));
            }
            out.add(new Relation(
                    r.oid(), r.name(), r.schema(), schema.oid(), r.relkind(), List.copyOf(attributes), r, null));
        }
        for (SchemaDef schema : state.schemas().values()) {
            for (TableDef t : state.tables(schema.name()).values()) {
                out.add(new Relation(
                        t.oid(), t.name(), schema.name(), schema.oid(), 'r', columns(t.columns()), t, null));
                for (UniqueDef u : t.uniques()) {
                    out.add(new Relation(
                            u.indexOid(),
                            u.name(),
                            schema.name(),
                            schema.oid(),
                            'i',
                            keyColumns(t, u.columns()),
                            u,
                            t));
                }
            }
            for (IndexDef i : state.indexes(schema.name()).values()) {
                TableDef t = state.tableByOid(i.tableOid());
                out.add(new Relation(
                        i.oid(), i.name(), schema.name(), schema.oid(), 'i', keyColumns(t, i.columns()), i, t));
            }
            for (ViewDef v : state.views(schema.name()).values()) {
                List<Attribute> attributes = new ArrayList<>();
                for (ColumnDef c : v.columns()) {
                    attributes.add(new Attribute(c.name(), c.attnum(), c.type(), false, false, '\0'));
                }
                out.add(new Relation(
                        v.oid(), v.name(), schema.name(), schema.oid(), 'v', List.copyOf(attributes), v, null));
            }
            for (SequenceDef s : state.sequences(schema.name()).values()) {
                out.add(new Relation(s.oid(), s.name(), schema.name(), schema.oid(), 'S', SEQUENCE_COLUMNS, s, null));
            }
        }
        out.sort(Comparator.comparingInt(Relation::oid));
        return new CatalogRelations(out);
    }

    /** The columns every sequence relation has in PostgreSQL. */
    private static final List<Attribute> SEQUENCE_COLUMNS = List.of(
            new Attribute("last_value", 1, PgTypeRef.of(BuiltinTypes.INT8), true, false, '\0'),
            new Attribute("log_cnt", 2, PgTypeRef.of(BuiltinTypes.INT8), true, false, '\0'),
            new Attribute("is_called", 3, PgTypeRef.of(BuiltinTypes.BOOL), true, false, '\0'));

    private static List<Attribute> columns(List<ColumnDef> columns) {
        List<Attribute> out = new ArrayList<>(columns.size());
        for (ColumnDef c : columns) {
            out.add(new Attribute(
                    c.name(),
                    c.attnum(),
                    c.type(),
                    c.notNull(),
                    c.defaultSql() != null && c.identity() == '\0',
                    c.identity()));
        }
        return List.copyOf(out);
    }

    /** An index's attributes: its key columns, named and typed as the table's (PostgreSQL drops NOT NULL). */
    private static List<Attribute> keyColumns(TableDef t, int[] positions) {
        List<Attribute> out = new ArrayList<>(positions.length);
        int n = 1;
        for (int p : positions) {
            ColumnDef c = t.columns().get(p);
            out.add(new Attribute(c.name(), n++, c.type(), false, false, '\0'));
        }
        return List.copyOf(out);
    }
}

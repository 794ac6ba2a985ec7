package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.catalog.ForeignKeyDef;
import dev.tusk.calcite.catalog.IndexDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.pgcatalog.CatalogRelations.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code pg_class}: one row per relation (tables, views, sequences, indexes and the system relations). Tusk has no
 * toast tables, table row types, statistics or transaction ids, so reltype, reltoastrelid, relfrozenxid and
 * relminmxid are 0 and reltuples -1 (never analysed) for tables, as PostgreSQL shows a table never vacuumed.
 */
final class PgClassTable implements SystemRelation {
    private static final List<SystemColumn> COLUMNS = Columns.builder()
            .notNull("oid", "oid")
            .notNull("relname", "name")
            .notNull("relnamespace", "oid")
            .notNull("reltype", "oid")
            .notNull("reloftype", "oid")
            .notNull("relowner", "oid")
            .notNull("relam", "oid")
            .notNull("relfilenode", "oid")
            .notNull("reltablespace", "oid")
            .notNull("relpages", "int4")
            .notNull("reltuples", "float4")
            .notNull("relallvisible", "int4")
            .notNull("reltoastrelid", "oid")
            .notNull("relhasindex", "bool")
            .notNull("relisshared", "bool")
            .notNull("relpersistence", "char")
            .notNull("relkind", "char")
            .notNull("relnatts", "int2")
            .notNull("relchecks", "int2")
            .notNull("relhasrules", "bool")
            .notNull("relhastriggers", "bool")
            .notNull("relhassubclass", "bool")
            .notNull("relrowsecurity", "bool")
            .notNull("relforcerowsecurity", "bool")
            .notNull("relispopulated", "bool")
            .notNull("relreplident", "char")
            .notNull("relispartition", "bool")
            .notNull("relrewrite", "oid")
            .notNull("relfrozenxid", "xid")
            .notNull("relminmxid", "xid")
            .nullable("relacl", "aclitem[]")
            .nullable("reloptions", "text[]")
            .nullable("relpartbound", "pg_node_tree")
            .build();

    @Override
    public String schema() {
        return "pg_catalog";
    }

    @Override
    public String name() {
        return "pg_class";
    }

    @Override
    public int oid() {
        return CatalogOids.PG_CLASS;
    }

    @Override
    public char relkind() {
        return 'r';
    }

    @Override
    public List<SystemColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Iterable<Object[]> rows(CatalogSource source) {
        Set<Integer> withTriggers = new HashSet<>();
        for (TableDef t : source.state().allTables()) {
            for (ForeignKeyDef fk : t.foreignKeys()) {
                withTriggers.add(t.oid()); // PostgreSQL enforces foreign keys with triggers on both tables
                withTriggers.add(fk.refTable());
            }
        }
        List<Object[]> out = new ArrayList<>();
        for (Relation r : source.relations().all()) {
            out.add(row(source, r, withTriggers));
        }
        return out;
    }

    private static Object[] row(CatalogSource source, Relation r, Set<Integer> withTriggers) {
        boolean system = r.source() instanceof SystemRelation;
        char kind = r.relkind();
        long am =
                switch (kind) {
                    case 'r' -> CatalogOids.HEAP_AM;
                    case 'i' ->
                        r.source() instanceof IndexDef i && i.method().equals("hash")
                                ? CatalogOids.HASH_AM
                                : CatalogOids.BTREE_AM;
                    default -> 0L;
                };
        boolean hasIndex = false;
        short checks = 0;
        if (r.source() instanceof TableDef t) {
            hasIndex =
                    !t.uniques().isEmpty() || !source.state().indexesOf(t.oid()).isEmpty();
            checks = (short) t.checks().size();
        }
        List<String> options = source.state().reloptions(r.oid());
        float tuples =
                switch (kind) {
                    case 'S' -> 1f;
                    case 'i' -> 0f;
                    default -> -1f;
                };
        return new Object[] {
            (long) r.oid(),
            r.name(),
            (long) r.namespace(),
            0L, // reltype: Tusk has no row types
            0L,
            (long) CatalogOids.BOOTSTRAP_SUPERUSER,
            am,
            kind == 'v' || system ? 0L : (long) r.oid(),
            0L,
            kind == 'S' || kind == 'i' ? 1 : 0, // relpages: a sequence or an empty index has one page
            tuples,
            0,
            0L,
            hasIndex,
            false,
            "p",
            String.valueOf(kind),
            (short) r.attributes().size(),
            checks,
            kind == 'v',
            withTriggers.contains(r.oid()),
            false,
            false,
            false,
            true,
            kind == 'r' && !system ? "d" : "n",
            false,
            0L,
            0L,
            0L,
            null,
            options == null || options.isEmpty() ? null : List.copyOf(options),
            null
        };
    }
}

package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.pgcatalog.CatalogRelations.Attribute;
import dev.tusk.calcite.pgcatalog.CatalogRelations.Relation;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pg_attribute}: one row per column of every relation. The system columns PostgreSQL also lists with
 * negative attnum (ctid, xmin, ...) are left out, because Tusk's tables do not have them.
 */
final class PgAttributeTable implements SystemRelation {
    private static final List<SystemColumn> COLUMNS = Columns.builder()
            .notNull("attrelid", "oid")
            .notNull("attname", "name")
            .notNull("atttypid", "oid")
            .notNull("attstattarget", "int4")
            .notNull("attlen", "int2")
            .notNull("attnum", "int2")
            .notNull("attndims", "int4")
            .notNull("attcacheoff", "int4")
            .notNull("atttypmod", "int4")
            .notNull("attbyval", "bool")
            .notNull("attalign", "char")
            .notNull("attstorage", "char")
            .notNull("attcompression", "char")
            .notNull("attnotnull", "bool")
            .notNull("atthasdef", "bool")
            .notNull("atthasmissing", "bool")
            .notNull("attidentity", "char")
            .notNull("attgenerated", "char")
            .notNull("attisdropped", "bool")
            .notNull("attislocal", "bool")
            .notNull("attinhcount", "int4")
            .notNull("attcollation", "oid")
            .nullable("attacl", "aclitem[]")
            .nullable("attoptions", "text[]")
            .nullable("attfdwoptions", "text[]")
            // anyarray in PostgreSQL; always null here (Tusk adds columns by rewriting, never as "missing" values)
            .nullable("attmissingval", "text[]")
            .build();

    @Override
    public String schema() {
        return "pg_catalog";
    }

    @Override
    public String name() {
        return "pg_attribute";
    }

    @Override
    public int oid() {
        return CatalogOids.PG_ATTRIBUTE;
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
        List<Object[]> out = new ArrayList<>();
        for (Relation r : source.relations().all()) {
            for (Attribute a : r.attributes()) {
                out.add(row(r, a));
            }
        }
        return out;
    }

    private static Object[] row(Relation r, Attribute a) {
        PgType t = a.type().type();
        return new Object[] {
            (long) r.oid(),
            a.name(),
            (long) t.oid(),
            -1,
            (short) t.typlen(),
            (short) a.attnum(),
            t.isArray() ? 1 : 0,
            -1,
            a.type().typmod(),
            t.typbyval(),
            String.valueOf(t.typalign()),
            String.valueOf(t.typstorage()),
            "",
            a.notNull(),
            a.hasDefault(),
            false,
            a.identity() == '\0' ? "" : String.valueOf(a.identity()),
            "",
            false,
            true,
            0,
            (long) collation(t, r.source() instanceof SystemRelation),
            null,
            null,
            null,
            null
        };
    }

    /**
     * The column's collation: none for types that are not collatable; "C" for name and for every collatable column
     * of a system catalog (as PostgreSQL's bootstrap declares them); the default collation otherwise.
     */
    static int collation(PgType t, boolean systemCatalog) {
        PgType base = t.isArray() ? t.elementType() : t;
        boolean collatable = base.typcategory() == 'S' || base.typname().equals("pg_node_tree");
        if (!collatable) {
            return 0;
        }
        return systemCatalog || base.typname().equals("name") ? CatalogOids.C_COLLATION : CatalogOids.DEFAULT_COLLATION;
    }
}

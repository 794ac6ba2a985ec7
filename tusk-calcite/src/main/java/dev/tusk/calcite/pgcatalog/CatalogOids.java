package dev.tusk.calcite.pgcatalog;

/** OIDs PostgreSQL 15 fixes at initdb, which clients and tools compare against. */
public final class CatalogOids {
    private CatalogOids() {}

    /** The bootstrap superuser: Tusk's owner of every object. */
    public static final int BOOTSTRAP_SUPERUSER = 10;

    /** pg_catalog. */
    public static final int PG_CATALOG_NAMESPACE = 11;

    /** pg_toast. */
    public static final int PG_TOAST_NAMESPACE = 99;

    /** public. */
    public static final int PUBLIC_NAMESPACE = 2200;

    /** information_schema (assigned by initdb; this is what PostgreSQL 15's initdb gives it). */
    public static final int INFORMATION_SCHEMA_NAMESPACE = 13207;

    /** pg_class itself (classoid of relations in pg_description, pg_depend). */
    public static final int PG_CLASS = 1259;

    /** pg_namespace (classoid of schemas). */
    public static final int PG_NAMESPACE = 2615;

    /** pg_attribute. */
    public static final int PG_ATTRIBUTE = 1249;

    /** pg_type (classoid of types). */
    public static final int PG_TYPE = 1247;

    /** pg_proc (classoid of functions). */
    public static final int PG_PROC = 1255;

    /** pg_constraint (classoid of constraints). */
    public static final int PG_CONSTRAINT = 2606;

    /** pg_database (classoid of databases in pg_shdescription). */
    public static final int PG_DATABASE = 1262;

    /** The heap table access method. */
    public static final int HEAP_AM = 2;

    /** The btree index access method. */
    public static final int BTREE_AM = 403;

    /** The hash index access method. */
    public static final int HASH_AM = 405;

    /** The default collation. */
    public static final int DEFAULT_COLLATION = 100;

    /** The "C" collation, which columns of type name use. */
    public static final int C_COLLATION = 950;
}

package dev.tusk.calcite.catalog;

/**
 * Names a database object as pg_description and pg_depend do.
 *
 * @param classOid the OID of the system catalog the object lives in (pg_class 1259, pg_namespace 2615, ...)
 * @param objectOid the object's OID
 * @param subId a column number for a column of a relation, else 0
 */
public record ObjectKey(int classOid, int objectOid, int subId) {
    /** pg_class's OID: tables, views, sequences and indexes. */
    public static final int PG_CLASS = 1259;
    /** pg_namespace's OID: schemas. */
    public static final int PG_NAMESPACE = 2615;
    /** pg_constraint's OID: constraints. */
    public static final int PG_CONSTRAINT = 2606;

    /** A relation (or one of its columns when {@code column > 0}). */
    public static ObjectKey relation(int oid, int column) {
        return new ObjectKey(PG_CLASS, oid, column);
    }

    /** A schema. */
    public static ObjectKey schema(int oid) {
        return new ObjectKey(PG_NAMESPACE, oid, 0);
    }
}

package dev.tusk.calcite.pgcatalog;

import java.util.List;

/**
 * A relation of {@code pg_catalog} or {@code information_schema}: its identity, its columns and how its rows are
 * computed. Implementations are small stateless classes registered in {@link SystemCatalog}.
 *
 * <p>Rows hold Calcite's runtime representation of each column's type (see
 * {@link dev.tusk.calcite.type.CalciteValues}): {@code oid} and the {@code reg*} types a Long, {@code int2} a Short,
 * {@code int4} an Integer, {@code name}, {@code text}, {@code "char"} and {@code pg_node_tree} a String, arrays and
 * {@code int2vector}/{@code oidvector} a List, timestamptz a Long of microseconds since 2000-01-01.
 */
public interface SystemRelation {
    /** The schema it lives in: {@code pg_catalog} or {@code information_schema}. */
    String schema();

    /** Its name. */
    String name();

    /** Its OID: PostgreSQL 15's for pg_catalog relations, so that {@code 'pg_class'::regclass} is 1259 as there. */
    int oid();

    /** {@code r} for a catalog table, {@code v} for a view (pg_class.relkind). */
    char relkind();

    /** Its columns in order. */
    List<SystemColumn> columns();

    /** Its rows for one catalog version and session. */
    Iterable<Object[]> rows(CatalogSource source);

    /**
     * Whether its rows depend on the session or the moment (settings, activity, locks, prepared statements) rather
     * than only on the catalog version; such rows are computed at every scan, the others once per version.
     */
    default boolean perSession() {
        return false;
    }
}

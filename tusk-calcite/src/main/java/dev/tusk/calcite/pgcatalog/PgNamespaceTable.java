package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.catalog.SchemaDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code pg_namespace}: one row per schema, plus pg_toast, which PostgreSQL always has. */
final class PgNamespaceTable implements SystemRelation {
    private static final List<SystemColumn> COLUMNS = Columns.builder()
            .notNull("oid", "oid")
            .notNull("nspname", "name")
            .notNull("nspowner", "oid")
            .nullable("nspacl", "aclitem[]")
            .build();

    /** The owner of public in PostgreSQL 15: the predefined role pg_database_owner. */
    static final int PG_DATABASE_OWNER = 6171;

    @Override
    public String schema() {
        return "pg_catalog";
    }

    @Override
    public String name() {
        return "pg_namespace";
    }

    @Override
    public int oid() {
        return CatalogOids.PG_NAMESPACE;
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
    public boolean perSession() {
        return true; // the built-in schemas' ACLs name the superuser, who is the session's user in Tusk
    }

    @Override
    public Iterable<Object[]> rows(CatalogSource source) {
        String owner = source.session().user();
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {
            (long) CatalogOids.PG_TOAST_NAMESPACE, "pg_toast", (long) CatalogOids.BOOTSTRAP_SUPERUSER, null
        });
        for (SchemaDef s : source.state().schemas().values()) {
            Object acl = null;
            long nspowner = CatalogOids.BOOTSTRAP_SUPERUSER;
            if (s.oid() == CatalogOids.PUBLIC_NAMESPACE && s.name().equals("public")) {
                nspowner = PG_DATABASE_OWNER;
                acl = List.of("pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner");
            } else if (s.oid() < 16384) {
                acl = List.of(Acl.role(owner) + "=UC/" + Acl.role(owner), "=U/" + Acl.role(owner));
            }
            out.add(new Object[] {(long) s.oid(), s.name(), nspowner, acl});
        }
        out.sort(Comparator.comparingLong(r -> (Long) r[0]));
        return out;
    }
}

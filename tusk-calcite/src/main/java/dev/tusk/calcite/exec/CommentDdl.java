package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.CheckDef;
import dev.tusk.calcite.catalog.ColumnDef;
import dev.tusk.calcite.catalog.ObjectKey;
import dev.tusk.calcite.catalog.SchemaDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.UniqueDef;
import dev.tusk.calcite.parser.PgComment;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;

/** COMMENT ON ... IS 'text' | NULL: kept in the catalog (pg_description), transactionally. */
public final class CommentDdl {
    private CommentDdl() {}

    /** Runs COMMENT; returns the command tag. */
    public static String comment(PgComment stmt, ExecContext cx) {
        SessionTransaction st = cx.transaction();
        st.lockDdl(() -> cx.cancel().get());
        CatalogState catalog = st.catalog();
        ObjectKey key = target(stmt, catalog, cx.searchPath());
        st.changeCatalog(catalog.withComment(key, stmt.text));
        return "COMMENT";
    }

    private static ObjectKey target(PgComment stmt, CatalogState catalog, List<String> path) {
        return switch (stmt.kind) {
            case SCHEMA -> {
                if (stmt.name.names.size() != 1) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "schema name cannot be qualified");
                }
                SchemaDef s = catalog.schemas().get(stmt.name.names.get(0));
                if (s == null) {
                    throw new PgException(
                            SqlState.INVALID_SCHEMA_NAME, "schema \"" + stmt.name.names.get(0) + "\" does not exist");
                }
                yield ObjectKey.schema(s.oid());
            }
            case TABLE ->
                ObjectKey.relation(
                        relation(stmt.name, DbObject.Kind.TABLE, catalog, path).oid(), 0);
            case VIEW ->
                ObjectKey.relation(
                        relation(stmt.name, DbObject.Kind.VIEW, catalog, path).oid(), 0);
            case SEQUENCE ->
                ObjectKey.relation(
                        relation(stmt.name, DbObject.Kind.SEQUENCE, catalog, path)
                                .oid(),
                        0);
            case COLUMN -> column(stmt.name, catalog, path);
            case INDEX -> index(stmt.name, catalog, path);
            case CONSTRAINT -> constraint(stmt.name, stmt.table, catalog, path);
        };
    }

    private static DbObject relation(SqlIdentifier id, DbObject.Kind kind, CatalogState catalog, List<String> path) {
        DbObject o = Relations.require(catalog, id, path);
        if (o.kind() != kind) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + o.name() + "\" is not a " + kind.word());
        }
        return o;
    }

    private static ObjectKey column(SqlIdentifier id, CatalogState catalog, List<String> path) {
        if (id.names.size() < 2) {
            throw new PgException(SqlState.SYNTAX_ERROR, "column name must be qualified");
        }
        String column = id.names.get(id.names.size() - 1);
        SqlIdentifier rel = new SqlIdentifier(id.names.subList(0, id.names.size() - 1), id.getParserPosition());
        DbObject o = Relations.require(catalog, rel, path);
        List<ColumnDef> columns =
                switch (o.kind()) {
                    case TABLE -> Relations.table(catalog, o).columns();
                    case VIEW -> Relations.view(catalog, o).columns();
                    default ->
                        throw new PgException(
                                SqlState.WRONG_OBJECT_TYPE,
                                "\"" + o.name()
                                        + "\" is not a table, view, materialized view, composite type, or foreign table");
                };
        for (ColumnDef c : columns) {
            if (c.name().equals(column)) {
                return ObjectKey.relation(o.oid(), c.attnum());
            }
        }
        throw new PgException(
                SqlState.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \"" + o.name() + "\" does not exist");
    }

    /** An index: a CREATE INDEX one or a PRIMARY KEY/UNIQUE constraint's. */
    private static ObjectKey index(SqlIdentifier id, CatalogState catalog, List<String> path) {
        String name = id.names.get(id.names.size() - 1);
        List<String> schemas = id.names.size() > 1 ? List.of(id.names.get(id.names.size() - 2)) : path;
        if (id.names.size() > 1 && !catalog.schemas().containsKey(schemas.get(0))) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schemas.get(0) + "\" does not exist");
        }
        for (String schema : schemas) {
            dev.tusk.calcite.catalog.IndexDef created = catalog.index(schema, name);
            if (created != null) {
                return ObjectKey.relation(created.oid(), 0);
            }
            for (TableDef t : catalog.tables(schema).values()) {
                for (UniqueDef u : t.uniques()) {
                    if (u.name().equals(name)) {
                        return ObjectKey.relation(u.oid(), 0);
                    }
                }
            }
            if (catalog.relationExists(schema, name)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not an index");
            }
        }
        throw new PgException(
                SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", id.names) + "\" does not exist");
    }

    private static ObjectKey constraint(
            SqlIdentifier name, SqlIdentifier table, CatalogState catalog, List<String> path) {
        DbObject o = Relations.require(catalog, table, path);
        String constraint = name.names.get(name.names.size() - 1);
        TableDef t = Relations.table(catalog, o);
        if (t != null) {
            for (UniqueDef u : t.uniques()) {
                if (u.name().equals(constraint)) {
                    return new ObjectKey(ObjectKey.PG_CONSTRAINT, u.oid(), 0);
                }
            }
            for (CheckDef c : t.checks()) {
                if (c.name().equals(constraint)) {
                    return new ObjectKey(ObjectKey.PG_CONSTRAINT, c.oid(), 0);
                }
            }
        }
        throw new PgException(
                SqlState.UNDEFINED_OBJECT,
                "constraint \"" + constraint + "\" for table \"" + o.name() + "\" does not exist");
    }
}

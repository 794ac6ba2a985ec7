package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.ViewDef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;

/** Finds relations of any kind (table, view, sequence) by name, as PostgreSQL's RangeVarGetRelid does. */
public final class Relations {
    private Relations() {}

    /** The relation a name denotes, or null; 3F000 if a named schema does not exist. */
    public static DbObject find(CatalogState catalog, SqlIdentifier id, List<String> searchPath) {
        List<String> parts = id.names;
        if (parts.size() > 3) {
            throw new PgException(
                    SqlState.SYNTAX_ERROR,
                    "improper qualified name (too many dotted names): " + String.join(".", parts));
        }
        String name = parts.get(parts.size() - 1);
        if (parts.size() >= 2) {
            String schema = parts.get(parts.size() - 2);
            if (!catalog.schemas().containsKey(schema)) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist");
            }
            return in(catalog, schema, name);
        }
        for (String schema : searchPath) {
            DbObject o = in(catalog, schema, name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The relation named {@code name} in {@code schema}, or null. */
    public static DbObject in(CatalogState catalog, String schema, String name) {
        TableDef t = catalog.table(schema, name);
        if (t != null) {
            return DbObject.of(t);
        }
        ViewDef v = catalog.view(schema, name);
        if (v != null) {
            return DbObject.of(v);
        }
        SequenceDef s = catalog.sequence(schema, name);
        return s == null ? null : DbObject.of(s);
    }

    /** The relation a name denotes; 42P01 {@code relation "x" does not exist} if there is none. */
    public static DbObject require(CatalogState catalog, SqlIdentifier id, List<String> searchPath) {
        DbObject o = find(catalog, id, searchPath);
        if (o == null) {
            throw new PgException(
                    SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", id.names) + "\" does not exist");
        }
        return o;
    }

    /**
     * DROP's check that a name it did not find as the kind it drops is not a relation of another kind: 42809
     * {@code "v" is not a table} with the hint naming the right DROP.
     */
    public static void checkDropKind(
            CatalogState catalog, SqlIdentifier id, List<String> searchPath, DbObject.Kind dropping) {
        DbObject o = find(catalog, id, searchPath);
        if (o == null || o.kind() == dropping) {
            return;
        }
        throw PgException.builder(SqlState.WRONG_OBJECT_TYPE, "\"" + o.name() + "\" is not a " + dropping.word())
                .hint("Use DROP " + o.kind().word().toUpperCase(java.util.Locale.ROOT) + " to remove a "
                        + o.kind().word() + ".")
                .build();
    }

    /** The table of a relation, or null. */
    public static TableDef table(CatalogState catalog, DbObject o) {
        return o.kind() == DbObject.Kind.TABLE ? catalog.table(o.schema(), o.name()) : null;
    }

    /** The view of a relation, or null. */
    public static ViewDef view(CatalogState catalog, DbObject o) {
        return o.kind() == DbObject.Kind.VIEW ? catalog.view(o.schema(), o.name()) : null;
    }
}

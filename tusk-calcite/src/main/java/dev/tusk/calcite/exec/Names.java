package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;

/** Resolves relation names as PostgreSQL does: qualified names directly, others through search_path. */
public final class Names {
    private Names() {}

    /** The table a name denotes, or null. */
    public static TableDef findTable(CatalogState catalog, SqlIdentifier name, List<String> searchPath) {
        List<String> parts = name.names;
        if (parts.size() > 3) {
            throw new PgException(
                    SqlState.SYNTAX_ERROR,
                    "improper qualified name (too many dotted names): " + String.join(".", parts));
        }
        if (parts.size() >= 2) {
            String schema = parts.get(parts.size() - 2);
            if (!catalog.schemas().containsKey(schema)) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist");
            }
            return catalog.table(schema, parts.get(parts.size() - 1));
        }
        for (String schema : searchPath) {
            TableDef t = catalog.table(schema, parts.get(0));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The table a name denotes; 42P01 if there is none. */
    public static TableDef table(CatalogState catalog, SqlIdentifier name, List<String> searchPath) {
        TableDef t = findTable(catalog, name, searchPath);
        if (t == null) {
            throw new PgException(
                    SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", name.names) + "\" does not exist");
        }
        return t;
    }

    /** The schema a new object named {@code name} goes into: its qualifier, else the first existing schema of search_path. */
    public static String creationSchema(CatalogState catalog, SqlIdentifier name, List<String> searchPath) {
        if (name.names.size() >= 2) {
            String schema = name.names.get(name.names.size() - 2);
            if (!catalog.schemas().containsKey(schema)) {
                throw new PositionedError(
                        new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist"),
                        name.getParserPosition());
            }
            return schema;
        }
        for (String schema : searchPath) {
            if (!schema.equals("pg_catalog") && catalog.schemas().containsKey(schema)) {
                return schema;
            }
        }
        throw new PositionedError(
                new PgException(SqlState.INVALID_SCHEMA_NAME, "no schema has been selected to create in"),
                name.getParserPosition());
    }
}

package dev.tusk.calcite.exec;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.SequenceDef;
import dev.tusk.calcite.catalog.TableDef;
import dev.tusk.calcite.catalog.ViewDef;
import java.util.List;

/**
 * A schema or relation as DROP, COMMENT and dependency reports name it.
 *
 * @param kind what it is
 * @param oid its OID
 * @param schema its schema's name (its own name for a schema)
 * @param name its name
 */
public record DbObject(Kind kind, int oid, String schema, String name) {
    /** The kinds of objects, with PostgreSQL's word for each. */
    public enum Kind {
        /** A table. */
        TABLE("table"),
        /** A view. */
        VIEW("view"),
        /** A sequence. */
        SEQUENCE("sequence"),
        /** A schema. */
        SCHEMA("schema");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word PostgreSQL uses in messages ("table", "view", ...). */
        public String word() {
            return word;
        }
    }

    /** A table. */
    public static DbObject of(TableDef t) {
        return new DbObject(Kind.TABLE, t.oid(), t.schema(), t.name());
    }

    /** A view. */
    public static DbObject of(ViewDef v) {
        return new DbObject(Kind.VIEW, v.oid(), v.schema(), v.name());
    }

    /** A sequence. */
    public static DbObject of(SequenceDef s) {
        return new DbObject(Kind.SEQUENCE, s.oid(), s.schema(), s.name());
    }

    /**
     * The object as PostgreSQL's getObjectDescription writes it: {@code table app.t}, or {@code view v} when the
     * name alone finds it through search_path.
     */
    public String describe(CatalogState catalog, List<String> searchPath) {
        if (kind == Kind.SCHEMA) {
            return "schema " + quote(name);
        }
        return kind.word + " " + (visible(catalog, searchPath) ? quote(name) : quote(schema) + "." + quote(name));
    }

    private boolean visible(CatalogState catalog, List<String> searchPath) {
        for (String s : searchPath) {
            if (catalog.relationExists(s, name)) {
                return s.equals(schema);
            }
        }
        return false;
    }

    private static String quote(String name) {
        return dev.tusk.types.sqlname.Identifiers.quote(name);
    }
}

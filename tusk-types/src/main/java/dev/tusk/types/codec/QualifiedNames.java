package dev.tusk.types.codec;

import dev.tusk.types.CatalogNames;
import dev.tusk.types.ObjectName;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.RegKind;
import dev.tusk.types.sqlname.NameList;
import java.util.List;

/**
 * PostgreSQL 15's {@code DeconstructQualifiedName} and {@code makeRangeVarFromNameList}: one to three name
 * parts, the first of three being the current database, and the explicit schema looked up before the object.
 */
final class QualifiedNames {
    private static final String SYNTAX_ERROR = "42601";
    private static final String FEATURE_NOT_SUPPORTED = "0A000";
    private static final String UNDEFINED_SCHEMA = "3F000";

    private QualifiedNames() {}

    /** An object's schema (null for the search_path) and name. */
    record Parts(String schema, String name) {}

    /** {@code DeconstructQualifiedName}: the rules for functions, operators, types and most other objects. */
    static Parts object(List<String> names, CatalogNames catalog) {
        return switch (names.size()) {
            case 1 -> new Parts(null, names.get(0));
            case 2 -> new Parts(names.get(0), names.get(1));
            case 3 -> {
                if (!catalog.databaseName().map(names.get(0)::equals).orElse(false)) {
                    throw new PgTypeException(
                            FEATURE_NOT_SUPPORTED,
                            "cross-database references are not implemented: " + NameList.join(names));
                }
                yield new Parts(names.get(1), names.get(2));
            }
            default ->
                throw new PgTypeException(
                        SYNTAX_ERROR, "improper qualified name (too many dotted names): " + NameList.join(names));
        };
    }

    /** {@code makeRangeVarFromNameList} and {@code RangeVarGetRelid}'s database check: the rules for relations. */
    static Parts relation(List<String> names, CatalogNames catalog) {
        if (names.size() > 3) {
            throw new PgTypeException(
                    SYNTAX_ERROR, "improper relation name (too many dotted names): " + NameList.join(names));
        }
        if (names.size() == 3
                && !catalog.databaseName().map(names.get(0)::equals).orElse(false)) {
            throw new PgTypeException(
                    FEATURE_NOT_SUPPORTED,
                    "cross-database references are not implemented: \"" + NameList.join(names) + "\"");
        }
        return object(names.size() == 3 ? names.subList(1, 3) : names, catalog);
    }

    /** {@code LookupExplicitNamespace}: 3F000 {@code schema "..." does not exist} unless the catalog knows it. */
    static void requireSchema(String schema, String input, CatalogNames catalog) {
        if (!schemaExists(schema, input, catalog)) {
            throw new PgTypeException(UNDEFINED_SCHEMA, "schema \"" + schema + "\" does not exist");
        }
    }

    /** Whether the catalog knows the schema {@code schema}; {@code input} is the client's text it came from. */
    static boolean schemaExists(String schema, String input, CatalogNames catalog) {
        return catalog.resolve(RegKind.NAMESPACE, ObjectName.of(null, schema, input))
                .isPresent();
    }
}

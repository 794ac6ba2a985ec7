package dev.tusk.types;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The catalog lookups behind the object-identifier types ({@code regclass}, {@code regtype}, ...): printing an
 * OID as a name and resolving a name to an OID, with the session's search_path applied. tusk-types knows only
 * its built-in types and fixed schemas ({@link #builtin()}); a server with real catalogs supplies its own
 * implementation through {@link FormatSettings#withCatalogNames(CatalogNames)}. Implementations are compared
 * with {@code equals} when {@link FormatSettings} are used as cache keys.
 */
public interface CatalogNames {
    /**
     * The text the kind's output function prints for a non-zero OID the catalog knows, already quoted and
     * schema-qualified as PostgreSQL would (e.g. {@code "character varying"}, {@code pg_catalog.pg_class},
     * {@code sum(integer)}, {@code +(integer,integer)}); empty if the catalog has no such object, in which case
     * the OID prints as a decimal number.
     */
    Optional<String> render(RegKind kind, long oid);

    /**
     * The OID of the object {@code name} refers to, or empty if there is none. For {@link RegKind#TYPE} the name
     * is a plain type name ({@code int4}, {@code _int4}, {@code varchar}); SQL spellings, array decoration and
     * type modifiers are handled by the caller. A qualified name's schema has already been resolved with
     * {@link RegKind#NAMESPACE}. If the name matches more than one object (only possible for {@link RegKind#PROC}
     * and {@link RegKind#OPER}), throw {@code kind.ambiguous(name.input())}.
     */
    OptionalLong resolve(RegKind kind, ObjectName name);

    /**
     * The {@code pg_type} facts of a type OID the catalog knows, which {@code regtype} input needs for array
     * types ({@code typarray}) and type modifiers ({@code typmodin}); by default tusk-types' built-in types.
     */
    default Optional<PgType> type(long oid) {
        return oid > 0 && oid <= Integer.MAX_VALUE ? TypeRegistry.builtins().byOid((int) oid) : Optional.empty();
    }

    /**
     * The current database's name, which a three-part name's first part must match; empty if unknown, which
     * rejects every three-part name as a cross-database reference.
     */
    default Optional<String> databaseName() {
        return Optional.empty();
    }

    /**
     * The built-in catalog: the types of {@link TypeRegistry#builtins()} (printed as {@code format_type} does)
     * and the schemas {@code pg_catalog} (11), {@code pg_toast} (99) and {@code public} (2200), seen with the
     * default search_path; no relations, functions, operators, roles or other objects.
     */
    static CatalogNames builtin() {
        return BuiltinCatalogNames.INSTANCE;
    }
}

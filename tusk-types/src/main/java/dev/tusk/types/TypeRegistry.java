package dev.tusk.types;

import dev.tusk.types.sqlname.TypeNameParser;
import dev.tusk.types.sqlname.TypeNameSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks types up by OID and by name (typnames and SQL spellings such as {@code double precision});
 * immutable, with {@link #with(PgType...)} returning an extended copy for enums and user types.
 */
public final class TypeRegistry {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int4"),
            Map.entry("int", "int4"),
            Map.entry("smallint", "int2"),
            Map.entry("bigint", "int8"),
            Map.entry("real", "float4"),
            Map.entry("double precision", "float8"),
            Map.entry("float", "float8"),
            Map.entry("boolean", "bool"),
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"),
            Map.entry("\"char\"", "char"),
            Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"),
            Map.entry("time without time zone", "time"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"));

    private static final TypeRegistry BUILTINS = new TypeRegistry(BuiltinTypes.ALL);

    private final Map<Integer, PgType> byOid;
    private final Map<String, PgType> byName;
    private final List<PgType> all;

    private TypeRegistry(Collection<PgType> types) {
        Map<Integer, PgType> oids = new HashMap<>();
        Map<String, PgType> names = new LinkedHashMap<>();
        for (PgType t : types) {
            if (oids.putIfAbsent(t.oid(), t) != null) {
                throw new IllegalArgumentException("duplicate type OID " + t.oid());
            }
            String key = t.namespace().equals("pg_catalog") ? t.typname() : t.namespace() + "." + t.typname();
            if (names.putIfAbsent(key, t) != null) {
                throw new IllegalArgumentException("duplicate type name " + key);
            }
        }
        this.byOid = Map.copyOf(oids);
        this.byName = Collections.unmodifiableMap(names);
        this.all = List.copyOf(types);
    }

    /** The built-in types of PostgreSQL 15 that Tusk implements. */
    public static TypeRegistry builtins() {
        return BUILTINS;
    }

    /** A copy of this registry with {@code types} added; OIDs and names must not clash. */
    public TypeRegistry with(PgType... types) {
        List<PgType> list = new ArrayList<>(all);
        Collections.addAll(list, types);
        return new TypeRegistry(list);
    }

    /** The type with this OID. */
    public Optional<PgType> byOid(int oid) {
        return Optional.ofNullable(byOid.get(oid));
    }

    /**
     * The type with this name: a typname ({@code int4}, {@code _int4}, {@code char} is the one-byte
     * {@code "char"}), optionally schema-qualified, or an SQL spelling ({@code integer},
     * {@code character varying(10)}, {@code timestamp(3) with time zone}, {@code integer[]});
     * case-insensitive, typmods ignored.
     */
    public Optional<PgType> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        n = n.replaceAll("\\s*\\(\\s*-?\\d+\\s*(,\\s*-?\\d+\\s*)?\\)", "").trim();
        if (n.endsWith("[]")) {
            return byName(n.substring(0, n.length() - 2)).flatMap(this::arrayOf);
        }
        if (n.startsWith("pg_catalog.")) {
            n = n.substring("pg_catalog.".length());
        }
        PgType t = byName.get(n);
        if (t == null) {
            String alias = ALIASES.get(n);
            t = alias == null ? null : byName.get(alias);
        }
        return Optional.ofNullable(t);
    }

    /**
     * Resolves a type name as PostgreSQL's parser does for a cast or a column definition
     * ({@code typenameType} and {@code typenameTypeMod}): parses it with the SQL {@code Typename} grammar
     * ({@code character varying(10)}, {@code timestamp(3) with time zone}, {@code interval day to second(2)},
     * {@code char} as {@code char(1)}, {@code int[]}), looks it up in this registry (unqualified names in
     * pg_catalog, then public; qualified ones in their schema) and computes the typmod with the type's
     * {@code typmodin}.
     *
     * @throws PgTypeException as PostgreSQL: 42601 for syntax errors, modifiers on a type without
     *     {@code typmodin} or modifiers that are not simple constants, 42704 for an unknown type, 0A000 for a
     *     database-qualified name, and the {@code typmodin} function's own errors (22023 ...)
     */
    public ResolvedTypeName resolveTypeName(String spelling) {
        TypeNameSpec spec = TypeNameParser.parse(spelling);
        List<String> names = spec.names();
        PgType type;
        if (names.size() == 1) {
            type = byName.get(names.get(0));
            if (type == null) {
                type = byName.get("public." + names.get(0));
            }
        } else if (names.size() == 2) {
            type = byName.get(names.get(0).equals("pg_catalog") ? names.get(1) : names.get(0) + "." + names.get(1));
        } else {
            throw new PgTypeException(
                    PgTypeException.FEATURE_NOT_SUPPORTED,
                    "cross-database references are not implemented: " + spec.display());
        }
        if (type != null && spec.array()) {
            type = arrayOf(type).orElse(null);
        }
        if (type == null) {
            throw new PgTypeException("42704", "type \"" + spec.display() + "\" does not exist");
        }
        if (spec.modifiers().isEmpty()) {
            return new ResolvedTypeName(type, -1, List.of());
        }
        if (!type.acceptsTypmod()) {
            throw new PgTypeException(
                    PgTypeException.SYNTAX_ERROR, "type modifier is not allowed for type \"" + spec.display() + "\"");
        }
        List<String> values = new ArrayList<>();
        for (TypeNameSpec.Modifier m : spec.modifiers()) {
            if (!m.simple()) {
                throw new PgTypeException(
                        PgTypeException.SYNTAX_ERROR, "type modifiers must be simple constants or identifiers");
            }
            values.add(m.value());
        }
        ParsedTypmod p = type.parseTypmod(values);
        return new ResolvedTypeName(type, p.typmod(), p.warnings());
    }

    /** The array type whose elements are {@code element}, if registered. */
    public Optional<PgType> arrayOf(PgType element) {
        return element.typarray() == 0 ? Optional.empty() : byOid(element.typarray());
    }

    /** Every registered type, in registration order. */
    public List<PgType> all() {
        return all;
    }
}

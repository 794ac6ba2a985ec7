package dev.tusk.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The catalog tusk-types knows on its own; see {@link CatalogNames#builtin()}. */
final class BuiltinCatalogNames implements CatalogNames {
    static final BuiltinCatalogNames INSTANCE = new BuiltinCatalogNames();

    private static final Map<Long, String> NAMESPACES = Map.of(11L, "pg_catalog", 99L, "pg_toast", 2200L, "public");
    private static final Map<String, Long> NAMESPACE_OIDS = Map.of("pg_catalog", 11L, "pg_toast", 99L, "public", 2200L);

    private BuiltinCatalogNames() {}

    /** Built-in types by typname, built on first use (the registry needs the codecs, which need this class). */
    private static final class Types {
        static final Map<String, PgType> BY_TYPNAME = build();

        private static Map<String, PgType> build() {
            Map<String, PgType> m = new HashMap<>();
            for (PgType t : TypeRegistry.builtins().all()) {
                m.put(t.typname(), t);
            }
            return Map.copyOf(m);
        }
    }

    @Override
    public Optional<String> render(RegKind kind, long oid) {
        return switch (kind) {
            case TYPE -> type(oid).map(PgType::formatType);
            case NAMESPACE -> Optional.ofNullable(NAMESPACES.get(oid));
            default -> Optional.empty();
        };
    }

    @Override
    public OptionalLong resolve(RegKind kind, ObjectName name) {
        switch (kind) {
            case TYPE -> {
                if (name.schema() != null && !name.schema().equals("pg_catalog")) {
                    return OptionalLong.empty();
                }
                PgType t = Types.BY_TYPNAME.get(name.name());
                return t == null ? OptionalLong.empty() : OptionalLong.of(t.oid());
            }
            case NAMESPACE -> {
                Long oid = NAMESPACE_OIDS.get(name.name());
                return oid == null ? OptionalLong.empty() : OptionalLong.of(oid);
            }
            default -> {
                return OptionalLong.empty();
            }
        }
    }

    @Override
    public String toString() {
        return "CatalogNames.builtin()";
    }
}

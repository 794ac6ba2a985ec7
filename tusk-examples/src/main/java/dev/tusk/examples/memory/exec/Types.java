package dev.tusk.examples.memory.exec;

import dev.tusk.examples.memory.sql.TypeName;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;

/** Resolves SQL type names to tusk-types' {@link PgType}s and classifies types for operators and casts. */
public final class Types {

    private Types() {}

    /** The type of a SQL type name; 42704 when tusk-types does not know it. */
    public static PgType resolve(TypeName name) {
        PgType t = TypeRegistry.builtins().byName(name.name()).orElse(null);
        if (t == null || t.oid() == BuiltinTypes.UNKNOWN.oid() || t.oid() == BuiltinTypes.VOID.oid()) {
            throw PgException.builder(SqlState.UNDEFINED_OBJECT, "type \"" + name.name() + "\" does not exist")
                    .position(name.position())
                    .build();
        }
        return t;
    }

    /** The type modifier PostgreSQL stores for the name: varchar(n) → n+4, numeric(p,s) → (p<<16|s)+4. */
    public static int typmod(TypeName name) {
        if (name.length() >= 0) {
            if (name.length() < 1) {
                throw PgException.builder(
                                SqlState.INVALID_PARAMETER_VALUE,
                                "length for type " + name.name() + " must be at least 1")
                        .position(name.position())
                        .build();
            }
            return name.length() + 4;
        }
        if (name.precision() >= 0) {
            if (name.precision() < 1 || name.precision() > 1000) {
                throw PgException.builder(
                                SqlState.INVALID_PARAMETER_VALUE,
                                "NUMERIC precision " + name.precision() + " must be between 1 and 1000")
                        .position(name.position())
                        .build();
            }
            return ((name.precision() << 16) | (name.scale() & 0xffff)) + 4;
        }
        if (name.name().equals("bpchar")) {
            return 1 + 4; // char without length is char(1)
        }
        return -1;
    }

    /** Whether values of the type are Java Strings that cast from any type's text form. */
    public static boolean isString(PgType t) {
        int oid = t.oid();
        return oid == BuiltinTypes.TEXT.oid()
                || oid == BuiltinTypes.VARCHAR.oid()
                || oid == BuiltinTypes.BPCHAR.oid()
                || oid == BuiltinTypes.NAME.oid()
                || oid == BuiltinTypes.UNKNOWN.oid();
    }

    /** Whether the type is the type of an untyped string literal or NULL. */
    public static boolean isUnknown(PgType t) {
        return t.oid() == BuiltinTypes.UNKNOWN.oid();
    }

    /**
     * The rank of a numeric type in PostgreSQL's implicit promotions (int2 < int4 < int8 < numeric < float4
     * < float8), or -1 for a non-numeric type.
     */
    public static int numericRank(PgType t) {
        int oid = t.oid();
        if (oid == BuiltinTypes.INT2.oid()) {
            return 0;
        }
        if (oid == BuiltinTypes.INT4.oid()) {
            return 1;
        }
        if (oid == BuiltinTypes.INT8.oid()) {
            return 2;
        }
        if (oid == BuiltinTypes.NUMERIC.oid()) {
            return 3;
        }
        if (oid == BuiltinTypes.FLOAT4.oid()) {
            return 4;
        }
        if (oid == BuiltinTypes.FLOAT8.oid()) {
            return 5;
        }
        return -1;
    }

    /** The type unknown literals become in results: text. */
    public static PgType resultType(PgType t) {
        return isUnknown(t) ? BuiltinTypes.TEXT : t;
    }

    /** The SQL name PostgreSQL uses for the type in messages, e.g. {@code integer}. */
    public static String sqlName(PgType t) {
        return t.formatType();
    }
}

package dev.tusk.calcite.type;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import org.apache.calcite.rel.type.RelDataType;

/** The PostgreSQL type PostgreSQL would report for a value of a Calcite type (the inverse of {@link CalciteTypes}). */
public final class PgTypes {
    private PgTypes() {}

    /** A fractional-second precision below PostgreSQL's 6 is a typmod; 6 is PostgreSQL's unconstrained type. */
    private static int datetimeTypmod(RelDataType t) {
        int p = t.getPrecision();
        return p >= 0 && p < 6 ? p : -1;
    }

    /** The PostgreSQL type and typmod for a Calcite type. */
    public static PgTypeRef fromRelDataType(RelDataType t) {
        if (t instanceof PgSqlType p) {
            return PgTypeRef.of(p.pgType());
        }
        switch (t.getSqlTypeName()) {
            case ARRAY, MULTISET -> {
                PgTypeRef element = fromRelDataType(t.getComponentType());
                PgType array = TypeRegistry.builtins().arrayOf(element.type()).orElse(BuiltinTypes.TEXT_ARRAY);
                return new PgTypeRef(array, element.typmod());
            }
            case BOOLEAN -> {
                return PgTypeRef.of(BuiltinTypes.BOOL);
            }
            case TINYINT, SMALLINT -> {
                return PgTypeRef.of(BuiltinTypes.INT2);
            }
            case INTEGER -> {
                return PgTypeRef.of(BuiltinTypes.INT4);
            }
            case BIGINT -> {
                return PgTypeRef.of(BuiltinTypes.INT8);
            }
            case REAL, FLOAT -> {
                return PgTypeRef.of(BuiltinTypes.FLOAT4);
            }
            case DOUBLE -> {
                return PgTypeRef.of(BuiltinTypes.FLOAT8);
            }
            case DECIMAL -> {
                // a computed numeric has no typmod in PostgreSQL; declared ones come from the column or cast
                return PgTypeRef.of(BuiltinTypes.NUMERIC);
            }
            case CHAR, VARCHAR -> {
                // Calcite types string constants as CHAR(n) and string functions as VARCHAR(n); in PostgreSQL
                // they are text. Declared char(n)/varchar(n) come from the column or cast that produced them.
                return PgTypeRef.of(BuiltinTypes.TEXT);
            }
            case BINARY, VARBINARY -> {
                return PgTypeRef.of(BuiltinTypes.BYTEA);
            }
            case DATE -> {
                return PgTypeRef.of(BuiltinTypes.DATE);
            }
            case TIME, TIME_WITH_LOCAL_TIME_ZONE -> {
                return new PgTypeRef(BuiltinTypes.TIME, datetimeTypmod(t));
            }
            case TIMESTAMP -> {
                return new PgTypeRef(BuiltinTypes.TIMESTAMP, datetimeTypmod(t));
            }
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> {
                return new PgTypeRef(BuiltinTypes.TIMESTAMPTZ, datetimeTypmod(t));
            }
            case UUID -> {
                return PgTypeRef.of(BuiltinTypes.UUID);
            }
            default -> {
                if (t.getSqlTypeName().getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_DAY_TIME
                        || t.getSqlTypeName().getFamily()
                                == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH) {
                    return PgTypeRef.of(BuiltinTypes.INTERVAL);
                }
                return PgTypeRef.of(BuiltinTypes.TEXT);
            }
        }
    }
}

package dev.tusk.calcite.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * PostgreSQL's limits for Calcite: numeric precision 1000, sums of integers widen as in PostgreSQL, and datetime
 * precision up to microseconds (6), which is also the precision of PostgreSQL's unconstrained time and timestamp
 * types. Calcite's runtime never computes with these values in milliseconds: see {@link
 * dev.tusk.calcite.datetime}.
 */
public final class PgTypeSystem extends RelDataTypeSystemImpl {
    /** The shared instance. */
    public static final PgTypeSystem INSTANCE = new PgTypeSystem();

    /** numeric's maximum declared precision (NUMERIC_MAX_PRECISION). */
    public static final int MAX_NUMERIC = 1000;

    /** The largest fractional-second precision of time and timestamp types (MAX_TIMESTAMP_PRECISION). */
    public static final int MAX_DATETIME_PRECISION = 6;

    private PgTypeSystem() {}

    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        return switch (typeName) {
            case DECIMAL -> MAX_NUMERIC;
            case VARCHAR, CHAR, VARBINARY, BINARY -> 10485760;
            case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> MAX_DATETIME_PRECISION;
            default -> super.getMaxPrecision(typeName);
        };
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_NUMERIC : super.getMaxScale(typeName);
    }

    @Override
    public int getDefaultPrecision(SqlTypeName typeName) {
        return switch (typeName) {
            case VARCHAR, VARBINARY -> RelDataType.PRECISION_NOT_SPECIFIED;
            case CHAR -> 1;
            case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> MAX_DATETIME_PRECISION;
            default -> super.getDefaultPrecision(typeName);
        };
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory f, RelDataType argumentType) {
        // sum(int2|int4) is bigint, sum(int8) is numeric, as in PostgreSQL
        RelDataType t =
                switch (argumentType.getSqlTypeName()) {
                    case TINYINT, SMALLINT, INTEGER -> f.createSqlType(SqlTypeName.BIGINT);
                    case BIGINT -> f.createSqlType(SqlTypeName.DECIMAL, MAX_NUMERIC, 0);
                    default -> argumentType;
                };
        return f.createTypeWithNullability(t, argumentType.isNullable());
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }
}

package dev.tusk.calcite.datetime;

import dev.tusk.calcite.sql.PgTypeSystem;
import java.math.BigDecimal;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The PostgreSQL type of an operand or result of a Tusk-owned datetime operator, with the Calcite type that plans
 * it and the Java class that carries it in generated code.
 */
public enum ArgKind {
    /** {@code date}: int days since 2000-01-01. */
    DATE("date", int.class, "D", false),
    /**
     * {@code time}: long microseconds of the day, planned as Calcite's TIME_WITH_LOCAL_TIME_ZONE because Calcite's
     * generated code forces its TIME operands into an int of milliseconds.
     */
    TIME("time", long.class, "D", false),
    /** {@code timestamp}: long microseconds since 2000-01-01 00:00 local time. */
    TIMESTAMP("timestamp", long.class, "D", false),
    /** {@code timestamptz}: long microseconds since 2000-01-01 00:00 UTC. */
    TIMESTAMPTZ("timestamptz", long.class, "D", true),
    /** {@code interval}: an {@link Interval}. */
    INTERVAL("interval", Interval.class, "T", true),
    /** {@code text}. */
    TEXT("text", String.class, "S", true),
    /** {@code integer} (and smallint). */
    INT4("int4", int.class, "N", false),
    /** {@code bigint}. */
    INT8("int8", long.class, "N", false),
    /** {@code double precision} (and real). */
    FLOAT8("float8", double.class, "N", true),
    /** {@code numeric}. */
    NUMERIC("numeric", BigDecimal.class, "N", false),
    /** {@code boolean}. */
    BOOL("bool", boolean.class, "B", true),
    /** A string literal, a parameter or NULL whose type the operator decides, as PostgreSQL's unknown. */
    UNKNOWN("unknown", Object.class, "X", false),
    /** Anything else. */
    OTHER("other", Object.class, "U", false);

    private final String typname;
    private final Class<?> javaClass;
    private final String category;
    private final boolean preferred;

    ArgKind(String typname, Class<?> javaClass, String category, boolean preferred) {
        this.typname = typname;
        this.javaClass = javaClass;
        this.category = category;
        this.preferred = preferred;
    }

    /** The PostgreSQL type name, as a cast would spell it. */
    public String typname() {
        return typname;
    }

    /** The Java class of values in generated code (primitive; boxed when nullable). */
    public Class<?> javaClass() {
        return javaClass;
    }

    /** PostgreSQL's type category (typcategory). */
    public String category() {
        return category;
    }

    /** Whether PostgreSQL prefers this type within its category (typispreferred). */
    public boolean preferred() {
        return preferred;
    }

    /** Whether values of this kind are datetimes or intervals, whose Calcite runtime form Tusk owns. */
    public boolean isDatetime() {
        return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMPTZ || this == INTERVAL;
    }

    /** The kind of a Calcite type. */
    public static ArgKind of(RelDataType t) {
        SqlTypeName n = t.getSqlTypeName();
        if (n.getFamily() == SqlTypeFamily.INTERVAL_DAY_TIME || n.getFamily() == SqlTypeFamily.INTERVAL_YEAR_MONTH) {
            return INTERVAL;
        }
        return switch (n) {
            case DATE -> DATE;
            case TIME_WITH_LOCAL_TIME_ZONE -> TIME;
            case TIMESTAMP -> TIMESTAMP;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> TIMESTAMPTZ;
            case CHAR, VARCHAR -> TEXT;
            case TINYINT, SMALLINT, INTEGER -> INT4;
            case BIGINT -> INT8;
            case REAL, FLOAT, DOUBLE -> FLOAT8;
            case DECIMAL -> NUMERIC;
            case BOOLEAN -> BOOL;
            case NULL, UNKNOWN -> UNKNOWN;
            default -> OTHER;
        };
    }

    /** Whether PostgreSQL casts this kind to {@code target} implicitly. */
    public boolean promotesTo(ArgKind target) {
        return switch (this) {
            case INT4 -> target == INT8 || target == FLOAT8 || target == NUMERIC;
            case INT8 -> target == FLOAT8 || target == NUMERIC;
            case NUMERIC -> target == FLOAT8;
            case DATE -> target == TIMESTAMP || target == TIMESTAMPTZ;
            case TIMESTAMP -> target == TIMESTAMPTZ;
            case TIME -> target == INTERVAL;
            default -> false;
        };
    }

    /** The (not null) Calcite type that plans values of this kind. */
    public RelDataType relType(RelDataTypeFactory f) {
        return switch (this) {
            case DATE -> f.createSqlType(SqlTypeName.DATE);
            case TIME -> f.createSqlType(SqlTypeName.TIME_WITH_LOCAL_TIME_ZONE, PgTypeSystem.MAX_DATETIME_PRECISION);
            case TIMESTAMP -> f.createSqlType(SqlTypeName.TIMESTAMP, PgTypeSystem.MAX_DATETIME_PRECISION);
            case TIMESTAMPTZ ->
                f.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, PgTypeSystem.MAX_DATETIME_PRECISION);
            case INTERVAL -> intervalType(f);
            case TEXT -> f.createSqlType(SqlTypeName.VARCHAR);
            case INT4 -> f.createSqlType(SqlTypeName.INTEGER);
            case INT8 -> f.createSqlType(SqlTypeName.BIGINT);
            case FLOAT8 -> f.createSqlType(SqlTypeName.DOUBLE);
            case NUMERIC ->
                f.createSqlType(
                        SqlTypeName.DECIMAL,
                        f.getTypeSystem().getMaxNumericPrecision(),
                        f.getTypeSystem().getMaxNumericScale() / 2);
            case BOOL -> f.createSqlType(SqlTypeName.BOOLEAN);
            case UNKNOWN, OTHER -> f.createSqlType(SqlTypeName.ANY);
        };
    }

    /** The one Calcite type of every PostgreSQL interval: INTERVAL DAY TO SECOND(6). */
    public static RelDataType intervalType(RelDataTypeFactory f) {
        return f.createSqlIntervalType(new SqlIntervalQualifier(
                TimeUnit.DAY, -1, TimeUnit.SECOND, PgTypeSystem.MAX_DATETIME_PRECISION, SqlParserPos.ZERO));
    }
}

package dev.tusk.calcite.type;

import dev.tusk.calcite.datetime.Interval;
import dev.tusk.calcite.sql.PgTypeSystem;
import java.lang.reflect.Type;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's Java type factory with Tusk's runtime classes for the types whose values Calcite would otherwise hold
 * in milliseconds: {@code time}, planned as TIME_WITH_LOCAL_TIME_ZONE, is a Long of microseconds (Calcite's TIME
 * is an Integer of milliseconds, and its generated code narrows TIME operands to int whatever the Java class), and
 * every
 * interval type is an {@link Interval} of months, days and microseconds. Timestamps stay Calcite's Long (holding
 * microseconds) and dates its Integer of days; see {@link dev.tusk.calcite.datetime}.
 */
public final class PgJavaTypeFactory extends JavaTypeFactoryImpl {
    /** Creates a factory on {@link PgTypeSystem}. */
    public PgJavaTypeFactory() {
        super(PgTypeSystem.INSTANCE);
    }

    @Override
    public Type getJavaClass(RelDataType type) {
        SqlTypeName name = type.getSqlTypeName();
        if (name == SqlTypeName.TIME_WITH_LOCAL_TIME_ZONE) {
            return type.isNullable() ? Long.class : long.class;
        }
        if (name.getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_DAY_TIME
                || name.getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH) {
            return Interval.class;
        }
        return super.getJavaClass(type);
    }
}

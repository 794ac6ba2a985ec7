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
    public RelDataType createTypeWithCharsetAndCollation(
            RelDataType type, java.nio.charset.Charset charset, org.apache.calcite.sql.SqlCollation collation) {
        if (type instanceof PgSqlType p) {
            return canonize(p.withCharsetAndCollation(charset, collation));
        }
        return super.createTypeWithCharsetAndCollation(type, charset, collation);
    }

    /**
     * Values of one PostgreSQL type held as text (jsonb UNION jsonb, CASE over json) keep that type; string
     * constants among them ({@code coalesce(j, '{}')}, Calcite's CHAR) take it, as PostgreSQL resolves unknown
     * literals to the other branches' type.
     */
    @Override
    public RelDataType leastRestrictive(java.util.List<RelDataType> types) {
        PgSqlType first = null;
        boolean nullable = false;
        boolean same = true;
        for (RelDataType t : types) {
            if (t.getSqlTypeName() == SqlTypeName.NULL) {
                nullable = true;
            } else if (t instanceof PgSqlType p
                    && (first == null || p.pgType().oid() == first.pgType().oid())) {
                first = first == null ? p : first;
                nullable |= t.isNullable();
            } else if (t.getSqlTypeName() == SqlTypeName.CHAR && !(t instanceof PgSqlType)) {
                nullable |= t.isNullable(); // a string constant: unknown until resolved
            } else {
                same = false;
            }
        }
        if (first != null && same) {
            return createTypeWithNullability(first, nullable);
        }
        // mixed with other types: as the plain strings they are held as
        java.util.List<RelDataType> plain = new java.util.ArrayList<>(types.size());
        for (RelDataType t : types) {
            plain.add(t instanceof PgSqlType ? plainString(t) : t);
        }
        return super.leastRestrictive(plain);
    }

    /** The plain VARCHAR a {@link PgSqlType} is held as. */
    private RelDataType plainString(RelDataType t) {
        RelDataType varchar = createSqlType(SqlTypeName.VARCHAR);
        return createTypeWithNullability(varchar, t.isNullable());
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

package dev.tusk.calcite.type;

import dev.tusk.types.PgType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Maps PostgreSQL types to the Calcite types that carry their values through planning and execution.
 *
 * <p>Types Calcite has no equivalent for (json, inet, geometric types, ranges, ...) travel as VARCHAR holding
 * PostgreSQL's text form; the PostgreSQL type itself is recovered for RowDescription from the column or cast
 * that produced the value.
 */
public final class CalciteTypes {
    private static final int VARHDRSZ = 4;

    /**
     * Types held as their text form whose PostgreSQL identity travels with the Calcite type ({@link PgSqlType}), so
     * that columns of them resolve operators and report types as PostgreSQL does. (inet, cidr, macaddr and xml
     * are not among them yet: the server encodes those from tusk-types' own classes, not from their text.)
     */
    private static final java.util.Set<String> TEXT_IDENTITY = java.util.Set.of("json", "jsonb");

    private CalciteTypes() {}

    /** The Calcite type for a PostgreSQL type and typmod (nullable). */
    public static RelDataType toRelDataType(PgTypeRef ref, RelDataTypeFactory f) {
        PgType t = ref.type();
        RelDataType r;
        if (t.isArray()) {
            RelDataType element = toRelDataType(new PgTypeRef(t.elementType(), ref.typmod()), f);
            r = f.createArrayType(element, -1);
        } else {
            r = scalar(t, ref.typmod(), f);
        }
        return f.createTypeWithNullability(r, true);
    }

    private static RelDataType scalar(PgType t, int typmod, RelDataTypeFactory f) {
        int maxNumeric = f.getTypeSystem().getMaxNumericPrecision();
        return switch (t.typname()) {
            case "bool" -> f.createSqlType(SqlTypeName.BOOLEAN);
            case "int2" -> f.createSqlType(SqlTypeName.SMALLINT);
            case "int4" -> f.createSqlType(SqlTypeName.INTEGER);
            case "int8",
                    "oid",
                    "xid",
                    "xid8",
                    "cid",
                    "regclass",
                    "regtype",
                    "regproc",
                    "regprocedure",
                    "regnamespace",
                    "regrole",
                    "regoper",
                    "regoperator",
                    "regconfig",
                    "regdictionary",
                    "regcollation" -> f.createSqlType(SqlTypeName.BIGINT);
            case "float4" -> f.createSqlType(SqlTypeName.REAL);
            case "float8" -> f.createSqlType(SqlTypeName.DOUBLE);
            case "numeric" -> {
                if (typmod >= VARHDRSZ) {
                    int v = typmod - VARHDRSZ;
                    int p = (v >> 16) & 0xFFFF;
                    int s = ((v & 0x7FF) ^ 1024) - 1024;
                    yield f.createSqlType(SqlTypeName.DECIMAL, p, Math.max(s, 0));
                }
                yield f.createSqlType(
                        SqlTypeName.DECIMAL, maxNumeric, f.getTypeSystem().getMaxNumericScale() / 2);
            }
            case "varchar" ->
                typmod >= VARHDRSZ
                        ? f.createSqlType(SqlTypeName.VARCHAR, typmod - VARHDRSZ)
                        : f.createSqlType(SqlTypeName.VARCHAR);
            case "bpchar" ->
                typmod >= VARHDRSZ
                        ? f.createSqlType(SqlTypeName.CHAR, typmod - VARHDRSZ)
                        : f.createSqlType(SqlTypeName.VARCHAR);
            case "bytea" -> f.createSqlType(SqlTypeName.VARBINARY);
            case "date" -> f.createSqlType(SqlTypeName.DATE);
            case "time" ->
                f.createSqlType(
                        SqlTypeName.TIME_WITH_LOCAL_TIME_ZONE,
                        precision(typmod, f, SqlTypeName.TIME_WITH_LOCAL_TIME_ZONE));
            case "timestamp" -> f.createSqlType(SqlTypeName.TIMESTAMP, precision(typmod, f, SqlTypeName.TIMESTAMP));
            case "timestamptz" ->
                f.createSqlType(
                        SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE,
                        precision(typmod, f, SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE));
            case "interval" -> dev.tusk.calcite.datetime.ArgKind.intervalType(f);
            case "uuid" -> f.createSqlType(SqlTypeName.UUID);
            // the catalogs' vectors (pg_index.indkey, pg_proc.proargtypes) are arrays of their elements to Calcite
            case "int2vector" -> f.createArrayType(f.createSqlType(SqlTypeName.SMALLINT), -1);
            case "oidvector" -> f.createArrayType(f.createSqlType(SqlTypeName.BIGINT), -1);
            default -> TEXT_IDENTITY.contains(t.typname()) ? pgString(t, f) : f.createSqlType(SqlTypeName.VARCHAR);
        };
    }

    /** A string type remembering {@code t}, with the character set Calcite gives string types. */
    private static RelDataType pgString(PgType t, RelDataTypeFactory f) {
        RelDataType plain = f.createSqlType(SqlTypeName.VARCHAR);
        RelDataType typed = new PgSqlType(f.getTypeSystem(), t, false, null, null);
        return f.createTypeWithCharsetAndCollation(typed, plain.getCharset(), plain.getCollation());
    }

    private static int precision(int typmod, RelDataTypeFactory f, SqlTypeName name) {
        int max = f.getTypeSystem().getMaxPrecision(name);
        return typmod >= 0 ? Math.min(typmod, max) : f.getTypeSystem().getDefaultPrecision(name);
    }
}

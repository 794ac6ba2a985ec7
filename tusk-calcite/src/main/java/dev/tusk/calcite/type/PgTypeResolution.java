package dev.tusk.calcite.type;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/** Resolves a type as written in SQL to a PostgreSQL type and typmod, and to the Calcite type that carries it. */
public final class PgTypeResolution {
    private static final Set<String> CATALOG_SCHEMAS = Set.of("pg_catalog");

    private PgTypeResolution() {}

    /** The PostgreSQL type and typmod a written type name denotes; 42704 if there is no such type. */
    public static PgTypeRef resolve(PgTypeNameSpec spec) {
        TypeRegistry registry = TypeRegistry.builtins();
        String schema = spec.schema();
        if (schema != null && !CATALOG_SCHEMAS.contains(schema) && !"public".equals(schema)) {
            throw new PgException(
                    SqlState.UNDEFINED_OBJECT, "type \"" + String.join(".", spec.names()) + "\" does not exist");
        }
        String name = spec.name();
        PgType base;
        int typmod = -1;
        List<Integer> args = spec.args();
        switch (name) {
            case "float" -> {
                if (args.isEmpty()) {
                    base = BuiltinTypes.FLOAT8;
                } else {
                    int p = args.get(0);
                    if (p < 1) {
                        throw new PgException(
                                SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be at least 1 bit");
                    }
                    if (p > 53) {
                        throw new PgException(
                                SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be less than 54 bits");
                    }
                    base = p <= 24 ? BuiltinTypes.FLOAT4 : BuiltinTypes.FLOAT8;
                }
                args = List.of();
            }
            case "time", "timestamp" -> {
                boolean tz = Boolean.TRUE.equals(spec.withTimeZone());
                base = "time".equals(name)
                        ? (tz ? BuiltinTypes.TIMETZ : BuiltinTypes.TIME)
                        : (tz ? BuiltinTypes.TIMESTAMPTZ : BuiltinTypes.TIMESTAMP);
            }
            default ->
                base = registry.byName(name)
                        .orElseThrow(() -> new PgException(
                                SqlState.UNDEFINED_OBJECT,
                                "type \"" + String.join(".", spec.names()) + "\" does not exist"));
        }
        if (spec.keyword() && args.isEmpty() && (base == BuiltinTypes.BPCHAR || base == BuiltinTypes.BIT)) {
            args = List.of(1);
        }
        if (base == BuiltinTypes.INTERVAL) {
            typmod = intervalTypmod(spec, args);
        } else if (!args.isEmpty()) {
            // the type's typmodin rules and errors, from tusk-types (compared with PostgreSQL there)
            dev.tusk.types.ParsedTypmod parsed =
                    base.parseTypmod(args.stream().map(String::valueOf).toList());
            TypmodWarnings.raised(String.valueOf(spec.getParserPos()), parsed.warnings());
            typmod = parsed.typmod();
        }
        PgType t = base;
        for (int i = 0; i < spec.arrayDims(); i++) {
            PgType element = t;
            t = registry.arrayOf(element)
                    .orElseThrow(() -> new PgException(
                            SqlState.UNDEFINED_OBJECT, "type \"" + element.typname() + "[]\" does not exist"));
            if (t.isArray()) {
                break; // PostgreSQL arrays have no fixed dimensionality: int[][] is int[]
            }
        }
        return new PgTypeRef(t, typmod);
    }

    /** PostgreSQL's interval typmod: the fields in the high half, the precision (0xFFFF: none) in the low. */
    private static int intervalTypmod(PgTypeNameSpec spec, List<Integer> args) {
        int range = dev.tusk.calcite.datetime.DatetimeTypmods.FULL_RANGE;
        int precision = dev.tusk.calcite.datetime.DatetimeTypmods.FULL_PRECISION;
        org.apache.calcite.sql.SqlIntervalQualifier fields = spec.fields();
        if (fields != null) {
            range = dev.tusk.calcite.datetime.DatetimeTypmods.range(fields.timeUnitRange);
            if (fields.getEndUnit() == null
                    ? fields.getStartUnit() == org.apache.calcite.avatica.util.TimeUnit.SECOND
                    : fields.getEndUnit() == org.apache.calcite.avatica.util.TimeUnit.SECOND) {
                int p = fields.getFractionalSecondPrecisionPreservingDefault();
                if (p >= 0) {
                    precision = p;
                }
            }
        }
        if (!args.isEmpty()) {
            one("interval", args);
            precision = args.get(0);
        }
        if (range == dev.tusk.calcite.datetime.DatetimeTypmods.FULL_RANGE
                && precision == dev.tusk.calcite.datetime.DatetimeTypmods.FULL_PRECISION) {
            return -1;
        }
        if (precision != dev.tusk.calcite.datetime.DatetimeTypmods.FULL_PRECISION) {
            if (precision < 0) {
                throw new PgException(
                        SqlState.INVALID_PARAMETER_VALUE, "INTERVAL(" + precision + ") precision must not be negative");
            }
            precision = Math.min(precision, 6);
        }
        return dev.tusk.calcite.datetime.DatetimeTypmods.intervalTypmod(precision, range);
    }

    private static void one(String type, List<Integer> args) {
        if (args.size() != 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid type modifier");
        }
    }

    /** The Calcite type that carries values of the written type. */
    public static RelDataType relDataType(PgTypeNameSpec spec, RelDataTypeFactory factory) {
        return CalciteTypes.toRelDataType(resolve(spec), factory);
    }
}

package dev.tusk.calcite.func;

import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.calcite.type.PgTypes;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * Turns a cast between text, the numeric types and boolean into a call of {@link Casts}, so that Calcite's own
 * conversions (Java's number parsing, truncation towards zero, {@code 7.0} as the text of a float) never run.
 * Casts between other types stay Calcite's.
 */
public final class CastLowering {
    private static final Map<String, SqlOperator> OPERATORS = new ConcurrentHashMap<>();
    /** The other types numbers cast to (money, OIDs and the reg types, "char", bit). */
    private static final java.util.Set<String> FROM_NUMBER = java.util.Set.of(
            "money",
            "oid",
            "regclass",
            "regtype",
            "regproc",
            "regprocedure",
            "regoper",
            "regoperator",
            "regnamespace",
            "regrole",
            "regconfig",
            "regdictionary",
            "regcollation",
            "char",
            "bit",
            "int2vector",
            "oidvector");

    private static final java.util.Set<String> CONVERTED = java.util.Set.of(
            "int2", "int4", "int8", "float4", "float8", "numeric", "bool", "text", "varchar", "bpchar", "unknown");

    private CastLowering() {}

    /**
     * The cast of {@code value} (written as {@code operand}) to {@code target}, or null when Calcite's cast is
     * PostgreSQL's.
     *
     * @param written the type as written in the query with its typmod, or null for a cast Calcite inserted
     */
    public static RexNode convert(
            RexBuilder rb, RexNode value, SqlNode operand, RelDataType target, PgTypeRef written) {
        Kind from = Kind.of(value.getType());
        PgTypeRef to = written != null ? written : PgTypes.fromRelDataType(target);
        if (from == null || to.type().isArray()) {
            return null;
        }
        if (value instanceof org.apache.calcite.rex.RexLiteral lit && lit.isNull()) {
            return rb.makeNullLiteral(target);
        }
        if (written == null
                && value.getType().getSqlTypeName() == target.getSqlTypeName()
                && from != Kind.STRING
                && target.getSqlTypeName() != SqlTypeName.DECIMAL) {
            return null; // a cast Calcite added between equal types: Calcite's own is right
        }
        if (widensInteger(value.getType().getSqlTypeName(), target.getSqlTypeName())) {
            return null; // int2 -> int4 -> int8 keeps every value: Calcite's cast is exact (and index lookups see it)
        }
        PgTypeRef sourceWritten = writtenType(operand);
        if (sourceWritten != null && !CONVERTED.contains(sourceWritten.type().typname())) {
            return null; // oid, regclass, json ... travel as numbers or strings but are not numbers or text
        }
        RelDataTypeFactory tf = rb.getTypeFactory();
        boolean nullable = value.getType().isNullable() || target.isNullable();
        String method;
        List<RexNode> args = List.of(value);
        int typmod = written != null ? written.typmod() : -1;
        switch (to.type().typname()) {
            case "int2" -> method = "toInt2";
            case "int4" -> method = "toInt4";
            case "int8" -> method = "toInt8";
            case "float4" -> method = "toFloat4";
            case "float8" -> method = "toFloat8";
            case "bool" -> method = "toBool";
            case "uuid", "bytea" -> {
                if (from != Kind.STRING) {
                    return null;
                }
                method = to.type().typname().equals("uuid") ? "toUuid" : "toBytea";
            }
            case "numeric" -> {
                method = "toNumeric";
                args = List.of(value, rb.makeLiteral(typmod, tf.createSqlType(SqlTypeName.INTEGER)));
            }
            case "text", "varchar", "bpchar" -> {
                if (from == Kind.STRING) {
                    return isBpchar(operand) && !to.type().typname().equals("bpchar")
                            ? typed(rb, call(rb, "rtrim", nullable, tf, List.of(value)), target)
                            : null;
                }
                int oid = PgTypes.fromRelDataType(value.getType()).type().oid();
                RexNode text = call(
                        rb,
                        "toText",
                        nullable,
                        tf,
                        List.of(value, rb.makeLiteral(oid, tf.createSqlType(SqlTypeName.INTEGER))));
                return typed(rb, text, target);
            }
            default -> {
                if (written != null
                        && (from == Kind.BOOLEAN
                                || (from == Kind.NUMBER
                                        && !FROM_NUMBER.contains(to.type().typname())))) {
                    // pg_cast has no such cast (integer to point): PostgreSQL's 42846
                    throw new PgException(
                            dev.tusk.protocol.SqlState.CANNOT_COERCE,
                            "cannot cast type "
                                    + PgTypes.fromRelDataType(value.getType()).displayName() + " to "
                                    + to.displayName());
                }
                return null;
            }
        }
        if (from == Kind.BOOLEAN && !method.equals("toInt4") && !method.equals("toBool")) {
            throw new PgException(
                    dev.tusk.protocol.SqlState.CANNOT_COERCE, "cannot cast type boolean to " + to.displayName());
        }
        if (method.equals("toBool") && from != Kind.STRING && from != Kind.BOOLEAN) {
            String source = PgTypes.fromRelDataType(value.getType()).type().typname();
            if (!source.equals("int4")) {
                throw new PgException(
                        dev.tusk.protocol.SqlState.CANNOT_COERCE,
                        "cannot cast type "
                                + PgTypes.fromRelDataType(value.getType()).displayName() + " to boolean");
            }
        }
        if (from == Kind.STRING && operand instanceof SqlLiteral lit && lit.getValue() != null) {
            checkLiteral(lit, method, typmod);
        }
        RelDataType type = tf.createTypeWithNullability(target, nullable);
        return rb.makeCall(type, operator(method), args);
    }

    /** {@code value} as numeric of Calcite type {@code type}, its digits kept (no rescaling). */
    public static RexNode numeric(RexBuilder rb, RexNode value, RelDataType type) {
        RelDataTypeFactory tf = rb.getTypeFactory();
        return rb.makeCall(
                type,
                operator("toNumericKept"),
                List.of(value, rb.makeLiteral(-1, tf.createSqlType(SqlTypeName.INTEGER))));
    }

    /** Reads a constant now, so that bad input fails with the literal's position as in PostgreSQL. */
    private static void checkLiteral(SqlLiteral lit, String method, int typmod) {
        String text = lit.getValueAs(String.class);
        try {
            switch (method) {
                case "toInt2" -> Casts.toInt2(text);
                case "toInt4" -> Casts.toInt4(text);
                case "toInt8" -> Casts.toInt8(text);
                case "toFloat4" -> Casts.toFloat4(text);
                case "toFloat8" -> Casts.toFloat8(text);
                case "toBool" -> Casts.toBool(text);
                case "toUuid" -> Casts.toUuid(text);
                case "toBytea" -> Casts.toBytea(text);
                default -> Casts.toNumeric(text, typmod);
            }
        } catch (RuntimeException e) {
            SqlParserPos pos = lit.getParserPosition();
            throw new CalciteContextException(
                    e.getMessage(),
                    e,
                    pos.getLineNum(),
                    pos.getColumnNum(),
                    pos.getEndLineNum(),
                    pos.getEndColumnNum());
        }
    }

    private static boolean isBpchar(SqlNode operand) {
        PgTypeRef t = writtenType(operand);
        return t != null && t.type().oid() == BuiltinTypes.BPCHAR.oid();
    }

    /** The type {@code operand} is explicitly cast to, or null when it is not a cast. */
    private static PgTypeRef writtenType(SqlNode operand) {
        if (operand instanceof SqlCall c
                && c.getKind() == SqlKind.CAST
                && c.operandCount() > 1
                && c.operand(1) instanceof org.apache.calcite.sql.SqlDataTypeSpec spec
                && spec.getTypeNameSpec() instanceof dev.tusk.calcite.parser.PgTypeNameSpec pg) {
            return dev.tusk.calcite.type.PgTypeResolution.resolve(pg);
        }
        return null;
    }

    private static RexNode typed(RexBuilder rb, RexNode text, RelDataType target) {
        if (target.getSqlTypeName() == SqlTypeName.VARCHAR && target.getPrecision() < 0) {
            return text;
        }
        return rb.makeAbstractCast(target, text, false);
    }

    private static RexNode call(
            RexBuilder rb, String method, boolean nullable, RelDataTypeFactory tf, List<RexNode> args) {
        RelDataType varchar = tf.createTypeWithNullability(tf.createSqlType(SqlTypeName.VARCHAR), nullable);
        return rb.makeCall(varchar, operator(method), args);
    }

    private static SqlOperator operator(String method) {
        return OPERATORS.computeIfAbsent(method, CastLowering::create);
    }

    private static SqlOperator create(String method) {
        // toText depends on settings (extra_float_digits); toNumericKept must not become a literal, which Calcite
        // would rescale to the type's scale
        boolean notFolded = method.equals("toText") || method.equals("toNumericKept");
        int arity = method.startsWith("toNumeric") || method.equals("toText") ? 2 : 1;
        String javaMethod = method.equals("toNumericKept") ? "toNumeric" : method;
        return new SqlUserDefinedFunction(
                new SqlIdentifier("tusk_cast_" + method, SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION,
                ReturnTypes.explicit(SqlTypeName.ANY),
                InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(
                        arity == 2 ? List.of(SqlTypeFamily.ANY, SqlTypeFamily.INTEGER) : List.of(SqlTypeFamily.ANY),
                        tf -> arity == 2
                                ? List.of(tf.createSqlType(SqlTypeName.ANY), tf.createSqlType(SqlTypeName.INTEGER))
                                : List.of(tf.createSqlType(SqlTypeName.ANY)),
                        i -> "value" + i,
                        i -> false),
                ScalarFunctionImpl.create(Casts.class, javaMethod)) {
            @Override
            public boolean isDynamicFunction() {
                return notFolded;
            }
        };
    }

    private static boolean widensInteger(SqlTypeName from, SqlTypeName to) {
        return switch (from) {
            case TINYINT -> to == SqlTypeName.SMALLINT || to == SqlTypeName.INTEGER || to == SqlTypeName.BIGINT;
            case SMALLINT -> to == SqlTypeName.INTEGER || to == SqlTypeName.BIGINT;
            case INTEGER -> to == SqlTypeName.BIGINT;
            default -> false;
        };
    }

    /** The source kinds this class converts. */
    private enum Kind {
        STRING,
        NUMBER,
        BOOLEAN;

        static Kind of(RelDataType t) {
            return switch (t.getSqlTypeName()) {
                case CHAR, VARCHAR -> STRING;
                case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, FLOAT, DOUBLE -> NUMBER;
                case BOOLEAN -> BOOLEAN;
                default -> null;
            };
        }
    }
}

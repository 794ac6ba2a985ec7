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

    /** The string types whose values Calcite's own string casts convert correctly. */
    private static final java.util.Set<String> STRING_TYPES =
            java.util.Set.of("text", "varchar", "bpchar", "name", "unknown");

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
        if (to.type().isArray()) {
            return array(rb, value, operand, target, to);
        }
        if (from == null) {
            return null;
        }
        if (value instanceof org.apache.calcite.rex.RexLiteral lit && lit.isNull()) {
            return rb.makeNullLiteral(target);
        }
        if (from == Kind.STRING
                && Kind.of(target) == Kind.STRING
                && !STRING_TYPES.contains(to.type().typname())) {
            // text to a type Calcite holds as text (jsonb, json, inet, bit, point ...): the type's input function
            // checks and normalises it ('{"a":1}'::jsonb prints {"a": 1}); a value already of that type is kept
            if (PgTypes.fromRelDataType(value.getType()).type().oid()
                            == to.type().oid()
                    && written == null) {
                return null;
            }
            RelDataTypeFactory tf = rb.getTypeFactory();
            RelDataType integer = tf.createSqlType(SqlTypeName.INTEGER);
            RelDataType type =
                    tf.createTypeWithNullability(target, value.getType().isNullable() || target.isNullable());
            if (operand instanceof SqlLiteral lit && lit.getValue() != null) {
                // a malformed constant fails while the statement is analysed, with its position, as in PostgreSQL
                checkLiteral(lit, "toTextHeld:" + to.type().oid(), written != null ? written.typmod() : -1);
            }
            return rb.makeCall(
                    type,
                    operator("toTextHeld"),
                    List.of(
                            value,
                            rb.makeLiteral(to.type().oid(), integer),
                            rb.makeLiteral(written != null ? written.typmod() : -1, integer)));
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
        if (value.getType() instanceof dev.tusk.calcite.type.PgSqlType held
                && !CONVERTED.contains(held.pgType().typname())) {
            return null; // a json, inet ... column or expression: not text
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

    /** Element types {@link Casts#toArrayOf} converts to. */
    private static final java.util.Set<String> ARRAY_ELEMENT_TARGETS =
            java.util.Set.of("int2", "int4", "int8", "float4", "float8", "numeric", "bool", "text");

    /**
     * A cast to an array type: text by the array type's input function, an array of numbers, booleans or strings
     * element by element (NULL elements kept); null for the casts Calcite's own implementation handles.
     */
    private static RexNode array(RexBuilder rb, RexNode value, SqlNode operand, RelDataType target, PgTypeRef to) {
        RelDataTypeFactory tf = rb.getTypeFactory();
        if (value instanceof org.apache.calcite.rex.RexLiteral lit && lit.isNull()) {
            return rb.makeNullLiteral(target);
        }
        RelDataType integer = tf.createSqlType(SqlTypeName.INTEGER);
        RelDataType type = tf.createTypeWithNullability(target, value.getType().isNullable() || target.isNullable());
        Kind from = Kind.of(value.getType());
        if (from == Kind.STRING) {
            if (operand instanceof SqlLiteral lit && lit.getValue() != null) {
                checkArrayLiteral(lit, to.type().oid());
            }
            return rb.makeCall(
                    type,
                    operator("toArray"),
                    List.of(value, rb.makeLiteral(to.type().oid(), integer)));
        }
        RelDataType component = value.getType().getComponentType();
        if (value.getType().getSqlTypeName() != SqlTypeName.ARRAY || component == null) {
            return null;
        }
        dev.tusk.types.PgType source = PgTypes.fromRelDataType(component).type();
        dev.tusk.types.PgType element = to.type().elementType();
        if (source.oid() == element.oid()
                || !ARRAY_ELEMENT_TARGETS.contains(element.typname())
                || Kind.of(component) == null) {
            return null;
        }
        return rb.makeCall(
                type,
                operator("toArrayOf"),
                List.of(value, rb.makeLiteral(source.oid(), integer), rb.makeLiteral(element.oid(), integer)));
    }

    /** Reads an array constant now, so that bad input fails with the literal's position as in PostgreSQL. */
    private static void checkArrayLiteral(SqlLiteral lit, int oid) {
        try {
            Casts.toArray(lit.getValueAs(String.class), oid);
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
                default -> {
                    if (method.startsWith("toTextHeld:")) {
                        Casts.toTextHeld(text, Integer.parseInt(method.substring("toTextHeld:".length())), typmod);
                    } else {
                        Casts.toNumeric(text, typmod);
                    }
                }
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
        boolean notFolded = method.equals("toText")
                || method.equals("toNumericKept")
                || method.equals("toArray")
                || method.equals("toArrayOf")
                || method.equals("toTextHeld"); // inet and cidr input depend on nothing, but dates in ranges do
        int arity = method.equals("toArrayOf") || method.equals("toTextHeld")
                ? 3
                : method.startsWith("toNumeric") || method.equals("toText") || method.equals("toArray") ? 2 : 1;
        String javaMethod = method.equals("toNumericKept") ? "toNumeric" : method;
        return new SqlUserDefinedFunction(
                new SqlIdentifier("tusk_cast_" + method, SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION,
                ReturnTypes.explicit(SqlTypeName.ANY),
                InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(
                        families(arity),
                        tf -> {
                            List<RelDataType> types = new java.util.ArrayList<>();
                            types.add(tf.createSqlType(SqlTypeName.ANY));
                            for (int i = 1; i < arity; i++) {
                                types.add(tf.createSqlType(SqlTypeName.INTEGER));
                            }
                            return types;
                        },
                        i -> "value" + i,
                        i -> false),
                ScalarFunctionImpl.create(Casts.class, javaMethod)) {
            @Override
            public boolean isDynamicFunction() {
                return notFolded;
            }
        };
    }

    private static List<SqlTypeFamily> families(int arity) {
        List<SqlTypeFamily> out = new java.util.ArrayList<>();
        out.add(SqlTypeFamily.ANY);
        for (int i = 1; i < arity; i++) {
            out.add(SqlTypeFamily.INTEGER);
        }
        return out;
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

package dev.tusk.calcite.func;

import dev.tusk.calcite.sql.PgTypeSystem;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.codec.NumericCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * A cast to unconstrained {@code numeric}. Calcite would rescale the value to the type's scale; PostgreSQL keeps
 * the value's own digits ({@code '1.50'::numeric} is 1.50), so Tusk converts without rescaling.
 */
public final class NumericCast {
    /** The operator PgRewriter puts in place of {@code CAST(x AS numeric)}. */
    public static final SqlOperator OPERATOR = new SqlUserDefinedFunction(
            new SqlIdentifier("tusk_numeric", SqlParserPos.ZERO),
            org.apache.calcite.sql.SqlKind.OTHER_FUNCTION,
            opBinding -> opBinding
                    .getTypeFactory()
                    .createTypeWithNullability(
                            opBinding
                                    .getTypeFactory()
                                    .createSqlType(
                                            SqlTypeName.DECIMAL,
                                            PgTypeSystem.MAX_NUMERIC,
                                            PgTypeSystem.MAX_NUMERIC / 2),
                            opBinding.getOperandType(0).isNullable()),
            // a parameter cast to numeric ($1::numeric) is numeric, as in PostgreSQL
            (binding, returnType, operandTypes) -> {
                for (int i = 0; i < operandTypes.length; i++) {
                    operandTypes[i] = binding.getTypeFactory()
                            .createTypeWithNullability(
                                    binding.getTypeFactory()
                                            .createSqlType(
                                                    SqlTypeName.DECIMAL,
                                                    PgTypeSystem.MAX_NUMERIC,
                                                    PgTypeSystem.MAX_NUMERIC / 2),
                                    true);
                }
            },
            OperandTypes.operandMetadata(
                    java.util.List.of(org.apache.calcite.sql.type.SqlTypeFamily.ANY),
                    tf -> java.util.List.of(tf.createSqlType(SqlTypeName.ANY)),
                    i -> "value",
                    i -> false),
            ScalarFunctionImpl.create(NumericCast.class, "toNumeric"));

    private NumericCast() {}

    /** Whether {@code op} is this cast. */
    public static boolean is(SqlFunction op) {
        return op == OPERATOR;
    }

    /** The value as numeric, digits kept. */
    public static BigDecimal toNumeric(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "numeric NaN and Infinity are not supported yet");
            }
            // PostgreSQL converts float8 to numeric through its shortest text (15 significant digits for
            // float8_numeric)
            return new BigDecimal(Double.toString(d)).round(new java.math.MathContext(v instanceof Float ? 6 : 15));
        }
        if (v instanceof Boolean) {
            throw new PgException(SqlState.CANNOT_COERCE, "cannot cast type boolean to numeric");
        }
        byte[] text = v.toString().getBytes(StandardCharsets.UTF_8);
        Number n = NumericCodec.INSTANCE.decodeText(text, 0, text.length, FormatSettings.DEFAULT);
        if (n instanceof BigDecimal d) {
            return d;
        }
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "numeric NaN and Infinity are not supported yet");
    }
}

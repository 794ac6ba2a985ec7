package dev.tusk.calcite.datetime;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * Parameters of type interval, read through a call Calcite's code generator can implement: it cannot read a
 * dynamic parameter whose Java class is Tusk's {@link Interval} (its padding check finds no type family), so the
 * parameter is read as an untyped object and this call gives it back its interval type.
 */
public final class IntervalParameters {
    private IntervalParameters() {}

    private static final SqlOperator READ = new SqlUserDefinedFunction(
            new SqlIdentifier("tusk_interval_parameter", SqlParserPos.ZERO),
            SqlKind.OTHER_FUNCTION,
            b -> ArgKind.intervalType(b.getTypeFactory()),
            InferTypes.RETURN_TYPE,
            OperandTypes.operandMetadata(
                    List.of(SqlTypeFamily.ANY),
                    tf -> List.of(tf.createSqlType(SqlTypeName.ANY)),
                    i -> "value",
                    i -> false),
            ScalarFunctionImpl.create(IntervalParameters.class, "read"));

    /** Whether {@code call} is a parameter read by {@link #wrap}. */
    static boolean isRead(org.apache.calcite.rex.RexCall call) {
        return call.getOperator() == READ;
    }

    /** The parameter's value as an interval (generated code calls this). */
    public static Interval read(Object value) {
        return (Interval) value;
    }

    /** {@code param} read as an untyped object and given back its interval type. */
    static RexNode wrap(RexBuilder rb, RexDynamicParam param) {
        RelDataTypeFactory tf = rb.getTypeFactory();
        RelDataType any = tf.createTypeWithNullability(tf.createSqlType(SqlTypeName.ANY), true);
        RexNode call = rb.makeCall(
                tf.createTypeWithNullability(ArgKind.intervalType(tf), true),
                READ,
                List.of(rb.makeDynamicParam(any, param.getIndex())));
        return param.getType().isNullable() ? call : rb.makeNotNull(call);
    }
}

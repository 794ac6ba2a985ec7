package dev.tusk.calcite.func;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * A call's chosen overload of a PostgreSQL function, as the operator of the validated call: it knows the concrete
 * argument and result types of that call and generates the call of the Java method.
 */
public final class PgBoundFunction extends SqlUserDefinedFunction {
    private final OverloadResolver.Resolution resolution;
    private final boolean operator;

    PgBoundFunction(OverloadResolver.Resolution resolution, boolean operator) {
        super(
                new SqlIdentifier(resolution.signature().name(), SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION,
                binding -> resultType(resolution, binding.getTypeFactory()),
                (binding, returnType, operandTypes) -> {
                    // an untyped NULL argument takes the parameter's type
                    for (int i = 0;
                            i < operandTypes.length && i < resolution.argTypes().size();
                            i++) {
                        PgType t = resolution.argTypes().get(i);
                        operandTypes[i] = CalciteTypes.toRelDataType(
                                PgTypeRef.of(t.oid() == BuiltinTypes.UNKNOWN.oid() ? BuiltinTypes.TEXT : t),
                                binding.getTypeFactory());
                    }
                },
                null,
                new Implementation(resolution),
                SqlFunctionCategory.USER_DEFINED_FUNCTION,
                org.apache.calcite.sql.SqlSyntax.FUNCTION);
        this.resolution = resolution;
        this.operator = operator;
    }

    /** Whether the call was written as an operator ({@code a ^ b}): PostgreSQL names its column {@code ?column?}. */
    public boolean isOperator() {
        return operator;
    }

    /** The overload and the concrete types of the call. */
    public OverloadResolver.Resolution resolution() {
        return resolution;
    }

    /** The Calcite type of the result: always nullable, as any PostgreSQL function may return NULL. */
    static RelDataType resultType(OverloadResolver.Resolution r, RelDataTypeFactory types) {
        return CalciteTypes.toRelDataType(PgTypeRef.of(r.result()), types);
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        // already resolved (the validator derives types again for expanded copies of a call): no lookup by name
        for (SqlNode operand : call.getOperandList()) {
            validator.deriveType(scope, operand);
        }
        return resultType(resolution, validator.getTypeFactory());
    }

    @Override
    public boolean isDeterministic() {
        return resolution.signature().volatility() != 'v';
    }

    @Override
    public boolean isDynamicFunction() {
        return resolution.signature().volatility() != 'i';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgBoundFunction other && resolution.equals(other.resolution) && operator == other.operator;
    }

    @Override
    public int hashCode() {
        return Objects.hash(resolution);
    }

    /** The schema function Calcite's code generator asks for an implementor. */
    private record Implementation(OverloadResolver.Resolution resolution) implements ImplementableFunction {
        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor(
                    new FunctionImplementor(resolution),
                    resolution.signature().strict() ? NullPolicy.STRICT : NullPolicy.NONE,
                    false);
        }
    }
}

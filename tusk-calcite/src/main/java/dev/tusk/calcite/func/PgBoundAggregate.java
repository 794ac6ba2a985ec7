package dev.tusk.calcite.func;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableAggFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlUserDefinedAggFunction;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.util.Optionality;

/** A call's chosen overload of a PostgreSQL aggregate: Calcite's code generator runs its {@link Accumulator}. */
public final class PgBoundAggregate extends SqlUserDefinedAggFunction {
    private final OverloadResolver.Resolution resolution;

    PgBoundAggregate(OverloadResolver.Resolution resolution) {
        super(
                new SqlIdentifier(resolution.signature().name(), SqlParserPos.ZERO),
                // array_agg(x ORDER BY y): Calcite's converter takes the ORDER BY list off calls of this kind
                resolution.signature().name().equals("array_agg") ? SqlKind.ARRAY_AGG : SqlKind.OTHER_FUNCTION,
                binding -> PgBoundFunction.resultType(resolution, binding.getTypeFactory()),
                null,
                null,
                new Implementation(resolution),
                false,
                false,
                Optionality.OPTIONAL);
        this.resolution = resolution;
    }

    /** The overload and the concrete types of the call. */
    public OverloadResolver.Resolution resolution() {
        return resolution;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        for (int i = 0; i < PgFunctionOperator.argumentCount(call); i++) {
            validator.deriveType(scope, call.operand(i));
        }
        return PgBoundFunction.resultType(resolution, validator.getTypeFactory());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgBoundAggregate other && resolution.equals(other.resolution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resolution);
    }

    /** The schema aggregate Calcite asks for an implementor. */
    private record Implementation(OverloadResolver.Resolution resolution) implements ImplementableAggFunction {
        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
            return PgBoundFunction.resultType(resolution, typeFactory);
        }

        @Override
        public AggImplementor getImplementor(boolean windowContext) {
            return new AggregateImplementor(resolution);
        }
    }
}

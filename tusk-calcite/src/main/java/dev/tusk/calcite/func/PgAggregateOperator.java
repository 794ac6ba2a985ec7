package dev.tusk.calcite.func;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.util.Optionality;

/**
 * All overloads of one PostgreSQL aggregate: validating a call binds it to the overload PostgreSQL would choose
 * ({@link PgBoundAggregate}), or to Calcite's aggregate of that name for the overloads marked {@link
 * PgAggregate#calcite()} (sum of intervals, for instance).
 */
public final class PgAggregateOperator extends SqlAggFunction {
    private final List<PgSignature> overloads;
    private final SqlAggFunction calcite;

    PgAggregateOperator(String name, List<PgSignature> overloads) {
        super(
                name,
                null,
                SqlKind.OTHER_FUNCTION,
                null,
                null,
                null,
                SqlFunctionCategory.USER_DEFINED_FUNCTION,
                false,
                false,
                Optionality.FORBIDDEN);
        this.overloads = List.copyOf(overloads);
        this.calcite = calciteAggregate(name);
    }

    private static SqlAggFunction calciteAggregate(String name) {
        List<SqlOperator> found = new ArrayList<>();
        SqlLibraryOperatorTableFactory.INSTANCE
                .getOperatorTable(SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL)
                .lookupOperatorOverloads(
                        new SqlIdentifier(name, SqlParserPos.ZERO),
                        null,
                        SqlSyntax.FUNCTION,
                        found,
                        SqlNameMatchers.withCaseSensitive(false));
        for (SqlOperator op : found) {
            if (op instanceof SqlAggFunction agg) {
                return agg;
            }
        }
        return null;
    }

    @Override
    public SqlOperandCountRange getOperandCountRange() {
        return SqlOperandCountRanges.any();
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        for (int i = 0; i < PgFunctionOperator.argumentCount(call); i++) {
            validator.deriveType(scope, call.operand(i));
        }
        return validateOperands(validator, scope, call);
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
        OverloadResolver.Resolution r = PgFunctionOperator.resolveAndCoerce(binding, getName(), overloads, false);
        if (r.signature().calcite()) {
            if (calcite == null) {
                throw new IllegalStateException("Calcite has no aggregate " + getName());
            }
            ((SqlBasicCall) binding.getCall()).setOperator(calcite);
            return calcite.checkOperandTypes(binding, throwOnFailure);
        }
        ((SqlBasicCall) binding.getCall()).setOperator(new PgBoundAggregate(r));
        return true;
    }

    @Override
    public RelDataType inferReturnType(SqlOperatorBinding binding) {
        if (binding instanceof SqlCallBinding cb) {
            SqlOperator op = cb.getCall().getOperator();
            if (op instanceof PgBoundAggregate bound) {
                return PgBoundFunction.resultType(bound.resolution(), binding.getTypeFactory());
            }
            if (op == calcite) {
                return calcite.inferReturnType(binding);
            }
        }
        throw new IllegalStateException(getName() + " was not resolved before its type was asked for");
    }
}

package dev.tusk.calcite.func;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlTableFunction;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * All overloads of one PostgreSQL set-returning function (generate_series, unnest ...) as a table function in FROM:
 * validating a call binds it to the overload PostgreSQL would choose ({@link PgBoundTableFunction}).
 */
public final class PgTableFunctionOperator extends SqlFunction implements SqlTableFunction {
    private final List<PgSignature> overloads;

    PgTableFunctionOperator(String name, List<PgSignature> overloads) {
        super(name, SqlKind.OTHER_FUNCTION, null, null, null, SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
        this.overloads = List.copyOf(overloads);
    }

    @Override
    public SqlOperandCountRange getOperandCountRange() {
        return SqlOperandCountRanges.any();
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
        OverloadResolver.Resolution r = PgFunctionOperator.resolveAndCoerce(binding, getName(), overloads, false);
        ((SqlBasicCall) binding.getCall()).setOperator(new PgBoundTableFunction(r));
        return true;
    }

    @Override
    public RelDataType inferReturnType(SqlOperatorBinding binding) {
        return binding.getTypeFactory().createSqlType(SqlTypeName.CURSOR);
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return binding -> {
            if (binding instanceof SqlCallBinding cb && cb.getCall().getOperator() instanceof PgBoundTableFunction f) {
                return f.rowType(binding.getTypeFactory());
            }
            throw new IllegalStateException(getName() + " was not resolved before its row type was asked for");
        };
    }
}

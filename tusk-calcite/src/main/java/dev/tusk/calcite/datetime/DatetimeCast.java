package dev.tusk.calcite.datetime;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlCastFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * CAST as PostgreSQL allows it between datetime types: Calcite's CAST, except that a cast to or from a date, time,
 * timestamp or interval passes validation whatever Calcite thinks of it ({@code time::interval},
 * {@code interval::time}); {@link DatetimeConvertlets} turns it into Tusk's cast or fails with 42846.
 */
public final class DatetimeCast extends SqlCastFunction {
    /** The shared instance. */
    public static final DatetimeCast INSTANCE = new DatetimeCast();

    private DatetimeCast() {}

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        // SqlFunction's deriveType looks the operator up by name, which would find Calcite's CAST again
        for (SqlNode operand : call.getOperandList()) {
            validator.deriveType(scope, operand);
        }
        RelDataType type = validateOperands(validator, scope, call);
        RelDataType from = validator.getValidatedNodeType(call.operand(0));
        if (mayGiveNull(ArgKind.of(from), ArgKind.of(type))) {
            type = validator.getTypeFactory().createTypeWithNullability(type, true);
        }
        if (!ArgKind.of(from).isDatetime() && !ArgKind.of(type).isDatetime()) {
            // no datetime involved: Calcite's own CAST, converted by Calcite
            ((SqlBasicCall) call).setOperator(SqlStdOperatorTable.CAST);
        }
        return type;
    }

    /** Whether Tusk's cast between these kinds gives NULL for some values (an infinite timestamp to time). */
    private static boolean mayGiveNull(ArgKind from, ArgKind to) {
        for (Overload o : DatetimeOperators.CAST.overloads()) {
            if (o.params().get(0) == from && o.result() == to) {
                return o.mayReturnNull();
            }
        }
        return false;
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure) {
        SqlNode left = callBinding.operand(0);
        if (!(left instanceof SqlDynamicParam)) {
            RelDataType from = callBinding.getValidator().getValidatedNodeType(left);
            RelDataType to = SqlTypeUtil.deriveType(callBinding, callBinding.operand(1));
            if (ArgKind.of(from).isDatetime() || ArgKind.of(to).isDatetime()) {
                return true;
            }
            // PostgreSQL casts boolean to integer and back (int4(bool), bool(int4)); Tusk's cast converts them
            SqlTypeName f = from.getSqlTypeName();
            SqlTypeName t = to.getSqlTypeName();
            if ((f == SqlTypeName.BOOLEAN && t == SqlTypeName.INTEGER)
                    || (f == SqlTypeName.INTEGER && t == SqlTypeName.BOOLEAN)) {
                return true;
            }
        }
        return super.checkOperandTypes(callBinding, throwOnFailure);
    }
}

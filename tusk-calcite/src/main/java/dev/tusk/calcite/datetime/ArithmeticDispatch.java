package dev.tusk.calcite.datetime;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlPrefixOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.SqlOperandTypeInference;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Stand-ins for Calcite's {@code + - * /} and unary minus that choose, once the operands' types are known during
 * validation, between Calcite's operator (numbers) and Tusk's datetime operator (any date, time, timestamp or
 * interval operand), so that the call gets PostgreSQL's result type ({@code date + interval} is a timestamp,
 * {@code timestamp - timestamp} an interval) and Calcite never computes it in milliseconds.
 */
public final class ArithmeticDispatch {
    private ArithmeticDispatch() {}

    /** The stand-in for a Calcite arithmetic operator, or null when {@code op} is not one. */
    public static SqlOperator standIn(SqlOperator op) {
        if (op == SqlStdOperatorTable.PLUS) {
            return new Binary(SqlStdOperatorTable.PLUS, DatetimeOperators.PLUS);
        }
        if (op == SqlStdOperatorTable.MINUS) {
            return new Binary(SqlStdOperatorTable.MINUS, DatetimeOperators.MINUS);
        }
        if (op == SqlStdOperatorTable.MULTIPLY) {
            return new Binary(SqlStdOperatorTable.MULTIPLY, DatetimeOperators.TIMES);
        }
        if (op == SqlStdOperatorTable.DIVIDE) {
            return new Binary(SqlStdOperatorTable.DIVIDE, DatetimeOperators.DIVIDE);
        }
        if (op == SqlStdOperatorTable.UNARY_MINUS) {
            return new Prefix(SqlStdOperatorTable.UNARY_MINUS, DatetimeOperators.NEGATE);
        }
        if (op == SqlStdOperatorTable.UNARY_PLUS) {
            return new Prefix(SqlStdOperatorTable.UNARY_PLUS, DatetimeOperators.IDENTITY);
        }
        return null;
    }

    /** Whether any operand (not a parameter) is a datetime or interval. */
    private static boolean hasDatetime(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        boolean datetime = false;
        for (SqlNode operand : call.getOperandList()) {
            RelDataType t = validator.deriveType(scope, operand);
            if (DatetimeOperator.kindOf(operand, t, validator).isDatetime()) {
                datetime = true;
            }
        }
        return datetime;
    }

    private static RelDataType derive(
            SqlOperator standard,
            DatetimeOperator datetime,
            SqlValidator validator,
            SqlValidatorScope scope,
            SqlCall call) {
        SqlOperator target = hasDatetime(validator, scope, call) ? datetime : standard;
        ((SqlBasicCall) call).setOperator(target);
        return target.deriveType(validator, scope, call);
    }

    private static SqlOperandTypeInference inference(DatetimeOperator datetime) {
        return (SqlCallBinding binding, RelDataType returnType, RelDataType[] operandTypes) -> {
            boolean dt = false;
            for (int i = 0; i < binding.getOperandCount(); i++) {
                if (!(binding.operand(i) instanceof SqlDynamicParam)
                        && ArgKind.of(binding.getOperandType(i)).isDatetime()) {
                    dt = true;
                }
            }
            if (dt) {
                datetime.getOperandTypeInference().inferOperandTypes(binding, returnType, operandTypes);
            } else {
                InferTypes.FIRST_KNOWN.inferOperandTypes(binding, returnType, operandTypes);
            }
        };
    }

    /** A binary stand-in. */
    private static final class Binary extends SqlBinaryOperator {
        private final SqlOperator standard;
        private final DatetimeOperator datetime;

        Binary(SqlBinaryOperator standard, DatetimeOperator datetime) {
            super(
                    standard.getName(),
                    standard.getKind(),
                    standard.getLeftPrec(),
                    true,
                    standard.getReturnTypeInference(),
                    inference(datetime),
                    standard.getOperandTypeChecker());
            this.standard = standard;
            this.datetime = datetime;
        }

        @Override
        public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
            return derive(standard, datetime, validator, scope, call);
        }
    }

    /** A prefix stand-in. */
    private static final class Prefix extends SqlPrefixOperator {
        private final SqlOperator standard;
        private final DatetimeOperator datetime;

        Prefix(SqlPrefixOperator standard, DatetimeOperator datetime) {
            super(
                    standard.getName(),
                    standard.getKind(),
                    standard.getLeftPrec(),
                    standard.getReturnTypeInference(),
                    inference(datetime),
                    standard.getOperandTypeChecker());
            this.standard = standard;
            this.datetime = datetime;
        }

        @Override
        public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
            return derive(standard, datetime, validator, scope, call);
        }
    }
}

package dev.tusk.calcite.sql;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The functions SQL spells with keywords, as the PostgreSQL functions its grammar turns them into: {@code TRIM(BOTH
 * x FROM s)} is {@code btrim(s, x)}, {@code POSITION(a IN b)} is {@code position(b, a)}, {@code SUBSTRING(s FROM i
 * FOR n)} is {@code substring(s, i, n)}, {@code OVERLAY(...)} is {@code overlay(...)}; so they resolve among Tusk's
 * functions and their columns get PostgreSQL's names.
 */
final class PgSpecialFunctions {
    private PgSpecialFunctions() {}

    /** The PostgreSQL function call for {@code call}, or null when it is not one of these. */
    static SqlNode rewrite(SqlCall call) {
        SqlParserPos pos = call.getParserPosition();
        if (call.getOperator() == SqlStdOperatorTable.TRIM) {
            SqlTrimFunction.Flag flag = ((SqlLiteral) call.operand(0)).symbolValue(SqlTrimFunction.Flag.class);
            String name =
                    switch (flag) {
                        case LEADING -> "ltrim";
                        case TRAILING -> "rtrim";
                        default -> "btrim";
                    };
            return function(name, pos, call.operand(2), call.operand(1));
        }
        if (call.getOperator() == SqlStdOperatorTable.POSITION && call.operandCount() == 2) {
            return function("position", pos, call.operand(1), call.operand(0));
        }
        if (call.getOperator() == SqlStdOperatorTable.SUBSTRING) {
            return function("substring", pos, call.getOperandList().toArray(new SqlNode[0]));
        }
        if (call.getOperator() == SqlStdOperatorTable.OVERLAY) {
            return function("overlay", pos, call.getOperandList().toArray(new SqlNode[0]));
        }
        if (call.getOperator() == SqlLibraryOperators.TRANSLATE3) {
            return function("translate", pos, call.getOperandList().toArray(new SqlNode[0]));
        }
        return null;
    }

    private static SqlNode function(String name, SqlParserPos pos, SqlNode... operands) {
        SqlUnresolvedFunction f = new SqlUnresolvedFunction(
                new SqlIdentifier(name, pos), null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return f.createCall(pos, List.of(operands));
    }
}

package dev.tusk.calcite.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * PostgreSQL's names for the columns of a VALUES list, {@code column1}, {@code column2}, ...: a VALUES query becomes
 * {@code SELECT * FROM (VALUES ...) AS "*VALUES*"(column1, ...)}, and a VALUES list aliased without column names
 * gets them.
 */
final class ValuesNames {
    private ValuesNames() {}

    /** A top-level VALUES query with PostgreSQL's column names, or null when {@code node} is not one. */
    static SqlNode query(SqlNode node) {
        if (!(node instanceof SqlCall values) || values.getKind() != SqlKind.VALUES) {
            return null;
        }
        SqlNode from = aliased(values, "*VALUES*");
        if (from == null) {
            return null;
        }
        SqlParserPos pos = values.getParserPosition();
        return new SqlSelect(
                pos, null, SqlNodeList.SINGLETON_STAR, from, null, null, null, null, null, null, null, null, null);
    }

    /** {@code values AS alias(column1, ...)}, or null when its width is unknown. */
    static SqlNode aliased(SqlCall values, String alias) {
        if (values.operandCount() == 0 || !(values.operand(0) instanceof SqlCall row) || row.getKind() != SqlKind.ROW) {
            return null;
        }
        SqlParserPos pos = values.getParserPosition();
        List<SqlNode> operands = new ArrayList<>();
        operands.add(values);
        operands.add(new SqlIdentifier(alias, pos));
        for (int i = 1; i <= row.operandCount(); i++) {
            operands.add(new SqlIdentifier("column" + i, pos));
        }
        return SqlStdOperatorTable.AS.createCall(pos, operands);
    }
}

package dev.tusk.calcite.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Keeps the digits of numbers in a VALUES list: Calcite rescales the literals of a column to the column's common
 * DECIMAL scale ({@code VALUES (1), (2.5)} would give 1.0), PostgreSQL keeps each value's own scale. The numeric
 * literals of a column whose scales differ are wrapped in unary plus, which Calcite converts as an expression, whose
 * cast to the common type keeps the digits (see the planner's RexBuilder).
 */
final class ValuesScales {
    private ValuesScales() {}

    /** Wraps, in place, the literals of the columns of {@code values} whose numeric scales differ. */
    static void keep(SqlCall values) {
        List<SqlCall> rows = new ArrayList<>();
        for (SqlNode row : values.getOperandList()) {
            if (!(row instanceof SqlCall r) || r.getKind() != SqlKind.ROW) {
                return;
            }
            rows.add(r);
        }
        if (rows.size() < 2) {
            return;
        }
        int width = rows.get(0).operandCount();
        for (int col = 0; col < width; col++) {
            Set<Integer> scales = new HashSet<>();
            for (SqlCall row : rows) {
                if (col < row.operandCount() && row.operand(col) instanceof SqlNumericLiteral n && n.isExact()) {
                    scales.add(Math.max(0, n.getValueAs(BigDecimal.class).scale()));
                }
            }
            if (scales.size() < 2) {
                continue;
            }
            for (SqlCall row : rows) {
                if (col < row.operandCount() && row.operand(col) instanceof SqlNumericLiteral n && n.isExact()) {
                    row.setOperand(col, SqlStdOperatorTable.UNARY_PLUS.createCall(n.getParserPosition(), n));
                }
            }
        }
    }
}

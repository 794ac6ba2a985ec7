package dev.tusk.calcite.sql;

import dev.tusk.calcite.func.FunctionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * PostgreSQL's set-returning functions in a parse tree: in FROM they are lateral (they may use earlier FROM items)
 * and a table alias names their one column ({@code generate_series(1, 3) AS s} has column {@code s}); {@code
 * UNNEST(a) [WITH ORDINALITY]} is Tusk's unnest; and one set-returning call in a select list ({@code SELECT
 * generate_series(1, 3)}) becomes a lateral join of the function, as PostgreSQL's ProjectSet evaluates it.
 */
final class PgSetReturning {
    private static final String ORDINALITY = "unnest with ordinality";

    private PgSetReturning() {}

    /** Whether {@code node} is a call of a Tusk set-returning function (by name, before validation). */
    static boolean isCall(SqlNode node) {
        return node instanceof SqlCall call
                && call.getOperator() instanceof SqlUnresolvedFunction f
                && FunctionRegistry.builtinSetReturning().contains(f.getName().toLowerCase(Locale.ROOT));
    }

    private static String name(SqlNode call) {
        return ((SqlCall) call).getOperator().getName().toLowerCase(Locale.ROOT);
    }

    private static SqlNode function(String name, SqlParserPos pos, List<SqlNode> operands) {
        SqlUnresolvedFunction f = new SqlUnresolvedFunction(
                new SqlIdentifier(name, pos), null, null, null, null, SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
        return f.createCall(pos, operands);
    }

    /** The FROM item for a table function call: {@code LATERAL TABLE(call)}. */
    private static SqlNode lateral(SqlNode call) {
        SqlParserPos pos = call.getParserPosition();
        return SqlStdOperatorTable.LATERAL.createCall(pos, SqlStdOperatorTable.COLLECTION_TABLE.createCall(pos, call));
    }

    /**
     * The rewritten FROM-clause node, or null if it is none of: {@code UNNEST(a)}, {@code TABLE(srf(...))} (made
     * lateral), {@code LATERAL LATERAL x} (made single), {@code srf(...) AS s} (given its column name).
     */
    static SqlNode rewriteFromItem(SqlCall call) {
        SqlParserPos pos = call.getParserPosition();
        if ((call.getOperator() == SqlStdOperatorTable.UNNEST
                        || call.getOperator() == SqlStdOperatorTable.UNNEST_WITH_ORDINALITY)
                && call.operandCount() == 1) {
            String name = call.getOperator() == SqlStdOperatorTable.UNNEST ? "unnest" : ORDINALITY;
            return lateral(function(name, pos, call.getOperandList()));
        }
        if (call.getKind() == SqlKind.COLLECTION_TABLE && isCall(call.operand(0))) {
            return SqlStdOperatorTable.LATERAL.createCall(pos, call);
        }
        if (call.getKind() == SqlKind.LATERAL && call.operand(0).getKind() == SqlKind.LATERAL) {
            return call.operand(0);
        }
        if (call.getKind() == SqlKind.AS && call.operandCount() == 2) {
            SqlNode f = tableFunction(call.operand(0));
            if (f != null && namesItsColumn(name(f))) {
                SqlIdentifier alias = call.operand(1);
                List<SqlNode> operands = new ArrayList<>(call.getOperandList());
                operands.add(alias);
                if (name(f).equals(ORDINALITY)) {
                    operands.add(new SqlIdentifier("ordinality", pos));
                }
                return SqlStdOperatorTable.AS.createCall(pos, operands);
            }
        }
        return null;
    }

    /**
     * Whether a table alias names the function's column: it has one named after itself (generate_series), not an
     * OUT parameter's name (json_array_elements' value); unnest WITH ORDINALITY names its first column so too.
     */
    private static boolean namesItsColumn(String function) {
        if (function.equals(ORDINALITY)) {
            return true;
        }
        var overloads = FunctionRegistry.builtinSignatures().get(function);
        return overloads != null && overloads.get(0).columns().equals(List.of(function));
    }

    /** The set-returning call inside {@code LATERAL TABLE(...)}, or null. */
    private static SqlNode tableFunction(SqlNode node) {
        SqlNode n = node;
        if (n.getKind() == SqlKind.LATERAL) {
            n = ((SqlCall) n).operand(0);
        }
        if (n.getKind() == SqlKind.COLLECTION_TABLE) {
            SqlNode f = ((SqlCall) n).operand(0);
            return isCall(f) ? f : null;
        }
        return null;
    }

    /**
     * A select whose list calls one set-returning function, as a lateral join of that function: {@code SELECT
     * f(x) + 1 AS a FROM t} is {@code SELECT "f".f + 1 AS a FROM t, LATERAL f(x) AS "f"(f)}. Items are already
     * named. Selects with aggregates, grouping or several such calls are left alone.
     */
    static void rewriteSelect(SqlSelect select) {
        SqlCall[] found = new SqlCall[1];
        int[] count = new int[1];
        for (SqlNode item : select.getSelectList()) {
            find(item, found, count);
        }
        if (count[0] != 1 || select.getGroup() != null || select.getHaving() != null || select.isDistinct()) {
            return;
        }
        SqlCall srf = found[0];
        SqlParserPos pos = srf.getParserPosition();
        String column = name(srf);
        String alias = "\u0001srf";
        SqlNode from = SqlStdOperatorTable.AS.createCall(
                pos,
                lateral(srf),
                new SqlIdentifier(alias, SqlParserPos.QUOTED_ZERO),
                new SqlIdentifier(column, SqlParserPos.QUOTED_ZERO));
        SqlNode reference = new SqlIdentifier(List.of(alias, column), SqlParserPos.QUOTED_ZERO);
        SqlNodeList items = new SqlNodeList(select.getSelectList().getParserPosition());
        for (SqlNode item : select.getSelectList()) {
            items.add(replace(item, srf, reference));
        }
        select.setSelectList(items);
        if (select.getFrom() == null) {
            select.setFrom(from);
        } else {
            select.setFrom(new SqlJoin(
                    pos,
                    select.getFrom(),
                    SqlLiteral.createBoolean(false, pos),
                    JoinType.COMMA.symbol(pos),
                    from,
                    JoinConditionType.NONE.symbol(pos),
                    null));
        }
    }

    private static void find(SqlNode node, SqlCall[] found, int[] count) {
        if (!(node instanceof SqlCall call) || call instanceof SqlSelect) {
            return;
        }
        if (isCall(call)) {
            found[0] = call;
            count[0]++;
            return;
        }
        if (call.getOperator().isAggregator() || call.getKind() == SqlKind.OVER) {
            count[0] += 2; // set-returning functions under aggregates are not rewritten
        }
        for (SqlNode operand : call.getOperandList()) {
            if (operand != null) {
                find(operand, found, count);
            }
        }
    }

    private static SqlNode replace(SqlNode node, SqlCall target, SqlNode with) {
        if (node == target) {
            return with;
        }
        if (node instanceof SqlBasicCall call) {
            for (int i = 0; i < call.operandCount(); i++) {
                SqlNode operand = call.operand(i);
                if (operand != null) {
                    call.setOperand(i, replace(operand, target, with));
                }
            }
        }
        return node;
    }
}

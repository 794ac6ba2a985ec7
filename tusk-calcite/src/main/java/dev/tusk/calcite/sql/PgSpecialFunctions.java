package dev.tusk.calcite.sql;

import dev.tusk.calcite.func.PgOperatorSymbol;
import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The functions SQL spells with keywords, as the PostgreSQL functions its grammar turns them into: {@code TRIM(BOTH
 * x FROM s)} is {@code btrim(s, x)}, {@code POSITION(a IN b)} is {@code position(b, a)}, {@code SUBSTRING(s FROM i
 * FOR n)} is {@code substring(s, i, n)}, {@code OVERLAY(...)} is {@code overlay(...)}, LIKE and ILIKE are the
 * {@code ~~} operators, {@code SIMILAR TO} is {@code ~ similar_to_escape(...)}; so they resolve among Tusk's
 * functions and operators and their columns get PostgreSQL's names.
 */
final class PgSpecialFunctions {
    /** LIKE, ILIKE and the regular-expression operators, as PostgreSQL's operators. */
    private static final Map<SqlOperator, String> LIKE = Map.of(
            SqlStdOperatorTable.LIKE, "~~",
            SqlStdOperatorTable.NOT_LIKE, "!~~",
            SqlLibraryOperators.ILIKE, "~~*",
            SqlLibraryOperators.NOT_ILIKE, "!~~*",
            SqlStdOperatorTable.POSIX_REGEX_CASE_SENSITIVE, "~",
            SqlStdOperatorTable.POSIX_REGEX_CASE_INSENSITIVE, "~*",
            SqlStdOperatorTable.NEGATED_POSIX_REGEX_CASE_SENSITIVE, "!~",
            SqlStdOperatorTable.NEGATED_POSIX_REGEX_CASE_INSENSITIVE, "!~*");

    /**
     * The arithmetic operators: PostgreSQL's operators on numbers (with its result types), Calcite's for the types
     * Tusk has none for (dates, intervals).
     */
    private static final Map<SqlOperator, String> ARITHMETIC = Map.of(
            SqlStdOperatorTable.PLUS, "+",
            SqlStdOperatorTable.MINUS, "-",
            SqlStdOperatorTable.MULTIPLY, "*",
            SqlStdOperatorTable.DIVIDE, "/",
            SqlStdOperatorTable.PERCENT_REMAINDER, "%");

    private PgSpecialFunctions() {}

    /**
     * {@code ARRAY[]::t[]}, the empty array of t, as the function "array" of a NULL of the element type (Calcite's
     * ARRAY constructor needs an element); null for any other call. Runs before the call's operands are rewritten.
     */
    static SqlNode emptyArray(SqlCall call) {
        SqlParserPos pos = call.getParserPosition();
        if (call.getKind() == SqlKind.CAST
                && call.operandCount() == 2
                && call.operand(0) instanceof SqlCall array
                && array.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR
                && array.operandCount() == 0
                && call.operand(1) instanceof SqlDataTypeSpec spec
                && spec.getTypeNameSpec() instanceof PgTypeNameSpec pg
                && pg.arrayDims() > 0) {
            // ARRAY[]::t[]: the empty array of t, made by the function "array" from a NULL of the element type
            PgTypeNameSpec element = new PgTypeNameSpec(
                    pg.names(), pg.keyword(), pg.args(), pg.withTimeZone(), pg.fields(), 0, pg.getParserPos());
            SqlNode typedNull = SqlStdOperatorTable.CAST.createCall(
                    pos, SqlLiteral.createNull(pos), new SqlDataTypeSpec(element, pos));
            return SqlStdOperatorTable.CAST.createCall(pos, function("array", pos, typedNull), call.operand(1));
        }
        return null;
    }

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
        if (call.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR && call.operandCount() == 0) {
            throw PgException.builder(SqlState.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
                    .hint("Explicitly cast to the desired type, for example ARRAY[]::integer[].")
                    .build();
        }
        String arithmetic = ARITHMETIC.get(call.getOperator());
        if (arithmetic != null && call.operandCount() == 2) {
            // numbers take PostgreSQL's operator; anything else falls back to the datetime dispatch, which picks
            // Tusk's datetime operator for dates, times and intervals and Calcite's for the rest
            org.apache.calcite.sql.SqlOperator standIn =
                    dev.tusk.calcite.datetime.ArithmeticDispatch.standIn(call.getOperator());
            return PgOperatorSymbol.withFallback(arithmetic, standIn != null ? standIn : call.getOperator())
                    .createCall(pos, call.getOperandList());
        }
        String like = LIKE.get(call.getOperator());
        if (like != null) {
            return PgOperatorSymbol.of(like).createCall(pos, call.getOperandList());
        }
        if (call.getOperator() == SqlStdOperatorTable.SIMILAR_TO
                || call.getOperator() == SqlStdOperatorTable.NOT_SIMILAR_TO) {
            List<SqlNode> escape = call.getOperandList().subList(1, call.operandCount());
            SqlNode regex = function("similar_to_escape", pos, escape.toArray(new SqlNode[0]));
            String op = call.getOperator() == SqlStdOperatorTable.SIMILAR_TO ? "~" : "!~";
            return PgOperatorSymbol.of(op).createCall(pos, call.operand(0), regex);
        }
        if (isNullif(call) && call.operandCount() == 2) {
            // CASE WHEN a = b THEN NULL ELSE a END, as PostgreSQL defines it (Calcite cannot run NULLIF unrewritten)
            SqlNode a = call.operand(0);
            SqlNode test = SqlStdOperatorTable.EQUALS.createCall(pos, a, call.operand(1));
            return SqlStdOperatorTable.CASE.createCall(
                    pos,
                    null,
                    new SqlNodeList(List.of(test), pos),
                    new SqlNodeList(List.of(SqlLiteral.createNull(pos)), pos),
                    a);
        }
        if (call.getOperator() == SqlLibraryOperators.ARRAY_AGG) {
            // Tusk's array_agg keeps NULLs, as PostgreSQL's does; the ORDER BY list stays the last operand
            SqlUnresolvedFunction f = new SqlUnresolvedFunction(
                    new SqlIdentifier("array_agg", pos),
                    null,
                    null,
                    null,
                    null,
                    SqlFunctionCategory.USER_DEFINED_FUNCTION);
            return f.createCall(
                    call.getFunctionQuantifier(), pos, call.getOperandList().toArray(new SqlNode[0]));
        }
        if (call.getOperator() == SqlLibraryOperators.TRANSLATE3) {
            return function("translate", pos, call.getOperandList().toArray(new SqlNode[0]));
        }
        return null;
    }

    /** Whether {@code call} is NULLIF (as the parser makes it, an unresolved call of that name). */
    static boolean isNullif(SqlNode node) {
        return node instanceof SqlCall call
                && (call.getKind() == SqlKind.NULLIF
                        || call.getOperator() instanceof SqlUnresolvedFunction f
                                && f.getName().equalsIgnoreCase("nullif"));
    }

    private static SqlNode function(String name, SqlParserPos pos, SqlNode... operands) {
        SqlUnresolvedFunction f = new SqlUnresolvedFunction(
                new SqlIdentifier(name, pos), null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return f.createCall(pos, List.of(operands));
    }
}

package dev.tusk.calcite.sql;

import dev.tusk.calcite.parser.PgCollateOperator;
import dev.tusk.calcite.parser.PgDistinctOnSelect;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Turns PostgreSQL-only syntax in a parse tree into what Calcite validates: {@code x::t} becomes CAST, COLLATE of
 * the byte-order collations is dropped, the SQL-syntax string functions become PostgreSQL's functions ({@link
 * PgSpecialFunctions}), and select items get PostgreSQL's column names.
 */
public final class PgRewriter extends SqlShuttle {
    private static final Set<String> BYTE_ORDER_COLLATIONS = Set.of("default", "c", "posix", "ucs_basic");

    private PgRewriter() {}

    /** {@code numeric} without precision and scale (not an array). */
    private static boolean isUnconstrainedNumeric(SqlNode type) {
        return type instanceof org.apache.calcite.sql.SqlDataTypeSpec spec
                && spec.getTypeNameSpec() instanceof dev.tusk.calcite.parser.PgTypeNameSpec pg
                && pg.arrayDims() == 0
                && pg.args().isEmpty()
                && (pg.name().equals("numeric") || pg.name().equals("decimal"))
                && (pg.schema() == null || pg.schema().equals("pg_catalog"));
    }

    /** Rewrites a query or expression tree. */
    public static SqlNode rewrite(SqlNode node) {
        SqlNode rewritten = node.accept(new PgRewriter());
        rewritten = rewritten == null ? node : rewritten;
        SqlNode named = ValuesNames.query(rewritten);
        if (named != null) {
            return named;
        }
        if (rewritten instanceof org.apache.calcite.sql.SqlOrderBy ob) {
            SqlNode query = ValuesNames.query(ob.query);
            if (query != null) {
                return new org.apache.calcite.sql.SqlOrderBy(
                        ob.getParserPosition(), query, ob.orderList, ob.offset, ob.fetch);
            }
        }
        return rewritten;
    }

    /** A numeric literal with an exponent ({@code 1e-10}) is numeric in PostgreSQL, not double precision. */
    @Override
    public SqlNode visit(SqlLiteral literal) {
        if (literal instanceof SqlNumericLiteral n && !n.isExact()) {
            return PgExponentLiteral.of(n.getValueAs(BigDecimal.class), literal.getParserPosition());
        }
        return literal;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call instanceof PgDistinctOnSelect d) {
            return DistinctOn.rewrite(d, null, null, null).accept(this);
        }
        if (call instanceof org.apache.calcite.sql.SqlOrderBy ob && ob.query instanceof PgDistinctOnSelect d) {
            return DistinctOn.rewrite(d, ob.orderList, ob.offset, ob.fetch).accept(this);
        }
        SqlNode emptyArray = PgSpecialFunctions.emptyArray(call);
        if (emptyArray != null) {
            return emptyArray;
        }
        if (call.getKind() == SqlKind.SELECT) {
            // NULLIF becomes a CASE below, current_catalog a call: name their columns first
            SqlSelect select = (SqlSelect) call;
            SqlNodeList items = new SqlNodeList(select.getSelectList().getParserPosition());
            for (SqlNode item : select.getSelectList()) {
                items.add(
                        SessionVariables.is(item)
                                ? SessionVariables.named(item)
                                : PgSpecialFunctions.isNullif(item) ? PgColumnNames.withName(item) : item);
            }
            select.setSelectList(items);
        }
        SqlNode visited = super.visit(call);
        if (!(visited instanceof SqlCall c)) {
            return visited;
        }
        SqlNode function = PgSpecialFunctions.rewrite(c);
        if (function != null) {
            return function;
        }
        SqlNode fromItem = PgSetReturning.rewriteFromItem(c);
        if (fromItem != null) {
            return fromItem;
        }
        if (c.getKind() == SqlKind.VALUES) {
            ValuesScales.keep(c);
        }
        if (c.getKind() == SqlKind.AS
                && c.operandCount() == 2
                && c.operand(0) instanceof SqlCall v
                && v.getKind() == SqlKind.VALUES
                && c.operand(1) instanceof org.apache.calcite.sql.SqlIdentifier alias) {
            SqlNode named = ValuesNames.aliased(v, alias.getSimple());
            if (named != null) {
                return named;
            }
        }
        if (c.getOperator() == SqlLibraryOperators.INFIX_CAST) {
            c = (SqlCall) SqlStdOperatorTable.CAST.createCall(c.getParserPosition(), c.operand(0), c.operand(1));
        }
        if (c.getKind() == SqlKind.CAST && isUnconstrainedNumeric(c.operand(1))) {
            if (c.operand(0) instanceof SqlLiteral lit
                    && lit.getValue() instanceof org.apache.calcite.util.NlsString text) {
                try {
                    dev.tusk.calcite.func.NumericCast.toNumeric(text.getValue());
                } catch (RuntimeException e) {
                    // PostgreSQL reads the constant at parse time and points at it
                    org.apache.calcite.sql.parser.SqlParserPos pos = lit.getParserPosition();
                    throw new org.apache.calcite.runtime.CalciteContextException(
                            String.valueOf(e.getMessage()),
                            e,
                            pos.getLineNum(),
                            pos.getColumnNum(),
                            pos.getEndLineNum(),
                            pos.getEndColumnNum());
                }
            }
            return dev.tusk.calcite.func.NumericCast.OPERATOR.createCall(c.getParserPosition(), (SqlNode) c.operand(0));
        }
        if (c.getOperator() == SqlStdOperatorTable.BITXOR_OPERATOR) {
            // in PostgreSQL ^ is exponentiation, in double precision
            return SqlStdOperatorTable.POWER.createCall(c.getParserPosition(), c.operand(0), c.operand(1));
        }
        if ((c.getKind() == SqlKind.LIKE || c.getKind() == SqlKind.SIMILAR) && c.operandCount() == 2) {
            // PostgreSQL's LIKE escapes with backslash unless ESCAPE says otherwise
            return c.getOperator()
                    .createCall(
                            c.getParserPosition(),
                            c.operand(0),
                            c.operand(1),
                            SqlLiteral.createCharString("\\", c.getParserPosition()));
        }
        if (c.getOperator() instanceof PgCollateOperator collate) {
            String name =
                    collate.collation().get(collate.collation().size() - 1).toLowerCase(Locale.ROOT);
            if (!BYTE_ORDER_COLLATIONS.contains(name)) {
                throw new PgException(
                        SqlState.UNDEFINED_OBJECT,
                        "collation \"" + String.join(".", collate.collation())
                                + "\" for encoding \"UTF8\" does not exist");
            }
            return c.operand(0);
        }
        if (c.getKind() == SqlKind.SELECT) {
            SqlSelect select = (SqlSelect) c;
            SqlNodeList items = select.getSelectList();
            SqlNodeList named = new SqlNodeList(items.getParserPosition());
            for (SqlNode item : items) {
                named.add(PgColumnNames.withName(item));
            }
            select.setSelectList(named);
            PgSetReturning.rewriteSelect(select);
        }
        return c;
    }
}

package dev.tusk.calcite.sql;

import dev.tusk.calcite.func.ArgumentTypes;
import dev.tusk.calcite.func.NumericCast;
import dev.tusk.calcite.func.OverloadResolver;
import dev.tusk.calcite.func.PgFunctionOperator;
import dev.tusk.calcite.func.PgOperatorSymbol;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteException;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlQuantifyOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Calcite's validator with PostgreSQL's rule for parameters nothing constrains (they are {@code text}) and its error
 * for calls of functions that do not exist.
 */
public final class PgValidator extends SqlValidatorImpl {
    private static final java.util.Set<String> POSITIONED = java.util.Set.of("42883", "42725", "42846", "42704");

    /** Creates a validator. */
    public PgValidator(
            SqlOperatorTable operators, SqlValidatorCatalogReader catalog, RelDataTypeFactory types, Config config) {
        super(operators, catalog, types, config);
    }

    /** PostgreSQL's error for a call no function takes, naming the argument types as PostgreSQL does. */
    @Override
    public CalciteException handleUnresolvedFunction(
            SqlCall call, SqlOperator function, List<RelDataType> argTypes, List<String> argNames) {
        List<PgType> types = new ArrayList<>();
        for (int i = 0; i < argTypes.size(); i++) {
            types.add(ArgumentTypes.of(i < call.operandCount() ? call.operand(i) : null, argTypes.get(i)));
        }
        throw OverloadResolver.notFound(function.getName().toLowerCase(Locale.ROOT), types);
    }

    /**
     * Errors of parse analysis PostgreSQL reports with the position of the expression: an unknown function or
     * operator, an ambiguous one, an impossible cast.
     */
    @Override
    public RelDataType deriveType(SqlValidatorScope scope, SqlNode expr) {
        try {
            return super.deriveType(scope, expr);
        } catch (dev.tusk.server.api.PgException e) {
            if (e.position() > 0
                    || !(expr instanceof SqlCall)
                    || !POSITIONED.contains(e.sqlState())
                    || expr.getParserPosition().getLineNum() <= 0) {
                throw e;
            }
            org.apache.calcite.sql.parser.SqlParserPos pos = expr.getParserPosition();
            SqlCall call = (SqlCall) expr;
            if (e.sqlState().equals("42704")
                    && call.getKind() == org.apache.calcite.sql.SqlKind.CAST
                    && call.operandCount() > 1) {
                pos = call.operand(1).getParserPosition(); // the type name
            } else if ((call.getOperator().getSyntax() == org.apache.calcite.sql.SqlSyntax.BINARY
                            || e.getMessage().startsWith("operator does not exist: "))
                    && call.operandCount() == 2) {
                // PostgreSQL points at the operator: just after the left operand (CalciteErrors skips spaces)
                org.apache.calcite.sql.parser.SqlParserPos left =
                        call.operand(0).getParserPosition();
                pos = new org.apache.calcite.sql.parser.SqlParserPos(left.getEndLineNum(), left.getEndColumnNum() + 1);
            }
            throw new org.apache.calcite.runtime.CalciteContextException(
                    e.getMessage(),
                    e,
                    pos.getLineNum(),
                    pos.getColumnNum(),
                    pos.getEndLineNum(),
                    pos.getEndColumnNum());
        }
    }

    /** PostgreSQL's 42804 for a HAVING condition that is not boolean. */
    @Override
    protected void validateHavingClause(org.apache.calcite.sql.SqlSelect select) {
        try {
            super.validateHavingClause(select);
        } catch (org.apache.calcite.runtime.CalciteContextException e) {
            SqlNode having = select.getHaving();
            RelDataType type = having == null ? null : getValidatedNodeTypeIfKnown(having);
            if (type == null || type.getSqlTypeName() == SqlTypeName.BOOLEAN) {
                throw e;
            }
            throw notBoolean(e, "HAVING", type);
        }
    }

    private static org.apache.calcite.runtime.CalciteContextException notBoolean(
            org.apache.calcite.runtime.CalciteContextException e, String clause, RelDataType type) {
        return new org.apache.calcite.runtime.CalciteContextException(
                e.getMessage(),
                new dev.tusk.server.api.PgException(
                        dev.tusk.protocol.SqlState.DATATYPE_MISMATCH,
                        "argument of " + clause + " must be type boolean, not type "
                                + dev.tusk.calcite.type.PgTypes.fromRelDataType(type)
                                        .displayName()),
                e.getPosLine(),
                e.getPosColumn(),
                e.getEndPosLine(),
                e.getEndPosColumn());
    }

    /** PostgreSQL's 42804 for a WHERE or ON condition that is not boolean. */
    @Override
    protected void validateWhereOrOn(SqlValidatorScope scope, SqlNode condition, String clause) {
        try {
            super.validateWhereOrOn(scope, condition, clause);
        } catch (org.apache.calcite.runtime.CalciteContextException e) {
            RelDataType type = getValidatedNodeTypeIfKnown(condition);
            if (type == null || type.getSqlTypeName() == SqlTypeName.BOOLEAN) {
                throw e;
            }
            throw new org.apache.calcite.runtime.CalciteContextException(
                    e.getMessage(),
                    new dev.tusk.server.api.PgException(
                            dev.tusk.protocol.SqlState.DATATYPE_MISMATCH,
                            "argument of " + (clause.equals("ON") ? "JOIN/ON" : clause)
                                    + " must be type boolean, not type "
                                    + dev.tusk.calcite.type.PgTypes.fromRelDataType(type)
                                            .displayName()),
                    e.getPosLine(),
                    e.getPosColumn(),
                    e.getEndPosLine(),
                    e.getEndPosColumn());
        }
    }

    /** The parameter of {@code ANY($1)}/{@code ALL($1)}, which the parser may wrap in a one-element list. */
    private static SqlNode quantifiedParameter(SqlNode rhs) {
        if (rhs instanceof org.apache.calcite.sql.SqlNodeList list && list.size() == 1) {
            return list.get(0);
        }
        return rhs;
    }

    @Override
    protected void inferUnknownTypes(RelDataType inferredType, SqlValidatorScope scope, SqlNode node) {
        if (node instanceof SqlCall call
                && (call.getOperator() instanceof PgOperatorSymbol
                        || call.getOperator() instanceof PgFunctionOperator)) {
            // PostgreSQL resolves the operator or function with its parameters still unknown ("i + $1" is int4 + int4)
            // and then gives them the chosen parameter types: PgFunctionOperator does that, so leave them untyped here.
            for (SqlNode operand : call.getOperandList()) {
                if (operand != null && !(operand instanceof SqlDynamicParam)) {
                    inferUnknownTypes(unknownType, scope, operand);
                }
            }
            return;
        }
        if (node instanceof SqlCall call
                && call.getOperator() instanceof SqlFunction f
                && NumericCast.is(f)
                && call.operandCount() == 1
                && call.operand(0) instanceof SqlDynamicParam param) {
            // $1::numeric: the parameter is numeric, as in PostgreSQL (the cast's operand type is ANY to Calcite)
            RelDataType numeric = typeFactory.createTypeWithNullability(
                    typeFactory.createSqlType(
                            SqlTypeName.DECIMAL, PgTypeSystem.MAX_NUMERIC, PgTypeSystem.MAX_NUMERIC / 2),
                    true);
            super.inferUnknownTypes(numeric, scope, param);
            return;
        }
        if (node instanceof SqlCall call
                && call.getOperator() instanceof SqlQuantifyOperator
                && call.operandCount() == 2
                && quantifiedParameter(call.operand(1)) instanceof SqlDynamicParam param) {
            // x = ANY($1): the parameter is an array of x's type, as in PostgreSQL (not a one-element list of x)
            inferUnknownTypes(unknownType, scope, call.operand(0));
            RelDataType left = deriveType(scope, call.operand(0));
            if (!left.equals(unknownType)) {
                RelDataType element = typeFactory.createTypeWithNullability(left, true);
                super.inferUnknownTypes(
                        typeFactory.createTypeWithNullability(typeFactory.createArrayType(element, -1), true),
                        scope,
                        param);
                return;
            }
        }
        if (node instanceof SqlDynamicParam && inferredType.equals(unknownType)) {
            RelDataType text =
                    typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.VARCHAR), true);
            super.inferUnknownTypes(text, scope, node);
            return;
        }
        super.inferUnknownTypes(inferredType, scope, node);
    }
}

package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.implicit.TypeCoercionImpl;

/**
 * Calcite's implicit coercion, except that the results of CASE (and COALESCE, which Calcite rewrites to CASE) get
 * PostgreSQL's common type (select_common_type): untyped literals take the other branches' type and are read by its
 * input function ({@code CASE WHEN c THEN 1 ELSE 'x' END} fails with 22P02), and branches of different categories
 * fail with 42804 ({@code CASE types boolean and integer cannot be matched}).
 */
public final class PgTypeCoercion extends TypeCoercionImpl {
    /** Creates the coercion for a validator. */
    public PgTypeCoercion(RelDataTypeFactory types, SqlValidator validator) {
        super(types, validator);
    }

    @Override
    public boolean caseWhenCoercion(SqlCallBinding binding) {
        SqlCase c = (SqlCase) binding.getCall();
        SqlValidator v = binding.getValidator();
        SqlValidatorScope scope = binding.getScope();
        // PostgreSQL resolves the ELSE result first, then the THEN results in order
        List<SqlNode> nodes = new ArrayList<>();
        nodes.add(c.getElseOperand());
        nodes.addAll(c.getThenOperands().getList());
        List<PgType> types = new ArrayList<>();
        boolean anyText = false;
        for (SqlNode node : nodes) {
            PgType t = node == null || isNull(node) ? null : ArgumentTypes.of(node, v.deriveType(scope, node));
            types.add(t);
            anyText |= t != null;
        }
        if (!anyText) {
            return super.caseWhenCoercion(binding);
        }
        PgType common = null;
        for (int i = 0; i < nodes.size(); i++) {
            PgType t = types.get(i);
            if (t == null || t.oid() == BuiltinTypes.UNKNOWN.oid()) {
                continue;
            }
            if (common == null) {
                common = t;
                continue;
            }
            PgType next = OverloadResolver.commonType(List.of(common, t));
            if (next == null) {
                throw positioned(
                        new PgException(
                                SqlState.DATATYPE_MISMATCH,
                                "CASE types " + common.formatType() + " and " + t.formatType() + " cannot be matched"),
                        nodes.get(i).getParserPosition());
            }
            common = next;
        }
        if (common == null) {
            common = BuiltinTypes.TEXT;
        }
        for (int i = 0; i < nodes.size(); i++) {
            PgType t = types.get(i);
            if (t == null || t.oid() == common.oid()) {
                continue;
            }
            SqlNode cast = ArgumentTypes.castTo(nodes.get(i), common);
            if (i == 0) {
                c.setOperand(3, cast);
            } else {
                c.getThenOperands().set(i - 1, cast);
            }
            v.deriveType(scope, cast);
        }
        return true;
    }

    /**
     * An untyped string literal compared with an array, or with a value of a type Calcite holds as text (jsonb,
     * inet, ...), is read as that type, as PostgreSQL resolves {@code ia = '{1,2}'} with {@code integer[] =
     * integer[]}; json and xml have no comparison operators (42883, as in PostgreSQL).
     */
    @Override
    public boolean binaryComparisonCoercion(SqlCallBinding binding) {
        if (binding.getOperandCount() == 2) {
            org.apache.calcite.sql.SqlCall call = binding.getCall();
            for (int i = 0; i < 2; i++) {
                SqlNode node = call.operand(i);
                if (!(node instanceof SqlLiteral lit) || lit.getTypeName() != SqlTypeName.CHAR) {
                    continue;
                }
                org.apache.calcite.rel.type.RelDataType other = binding.getOperandType(1 - i);
                PgType target = literalTarget(other);
                if (target == null) {
                    continue;
                }
                if (NO_COMPARISON.contains(target.typname())) {
                    List<PgType> types = new ArrayList<>(List.of(BuiltinTypes.UNKNOWN, BuiltinTypes.UNKNOWN));
                    types.set(1 - i, target);
                    throw OverloadResolver.operatorNotFound(
                            binding.getOperator().getName(), types);
                }
                SqlNode cast = ArgumentTypes.castTo(node, target);
                call.setOperand(i, cast);
                binding.getValidator().deriveType(binding.getScope(), cast);
                return true;
            }
        }
        return super.binaryComparisonCoercion(binding);
    }

    private static final java.util.Set<String> NO_COMPARISON = java.util.Set.of("json", "xml");

    /** The type an untyped literal compared with a value of {@code other} is read as, or null for Calcite's rule. */
    private static PgType literalTarget(org.apache.calcite.rel.type.RelDataType other) {
        if (other instanceof dev.tusk.calcite.type.PgSqlType p) {
            return p.pgType();
        }
        if (other.getSqlTypeName() == SqlTypeName.UUID) {
            return BuiltinTypes.UUID; // Calcite would compare the uuid as a string, which its runtime cannot do
        }
        if (other.getSqlTypeName() == SqlTypeName.ARRAY && other.getComponentType() != null) {
            PgType t = ArgumentTypes.of(new org.apache.calcite.sql.SqlIdentifier("", SqlParserPos.ZERO), other);
            return t.isArray() ? t : null;
        }
        return null;
    }

    private static boolean isNull(SqlNode node) {
        return node instanceof SqlLiteral lit && lit.getTypeName() == SqlTypeName.NULL;
    }

    private static CalciteContextException positioned(PgException e, SqlParserPos pos) {
        return new CalciteContextException(
                e.getMessage(), e, pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
    }
}

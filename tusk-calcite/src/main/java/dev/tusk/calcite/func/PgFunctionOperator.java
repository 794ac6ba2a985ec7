package dev.tusk.calcite.func;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlOperandCountRanges;

/**
 * All overloads of one PostgreSQL function name, as the operator table offers them: validating a call chooses the
 * overload by PostgreSQL's rules, casts the arguments to its parameter types and binds the call to a {@link
 * PgBoundFunction}. Errors are PostgreSQL's (42883 no such function, 42725 not unique).
 */
public final class PgFunctionOperator extends SqlFunction {
    private final List<PgSignature> overloads;

    PgFunctionOperator(String name, List<PgSignature> overloads) {
        super(name, SqlKind.OTHER_FUNCTION, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        this.overloads = List.copyOf(overloads);
    }

    /** The overloads, in registration order. */
    public List<PgSignature> overloads() {
        return overloads;
    }

    @Override
    public SqlOperandCountRange getOperandCountRange() {
        return SqlOperandCountRanges.any(); // a wrong count is PostgreSQL's "function ... does not exist"
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
        try {
            bind(binding, getName(), overloads, false);
        } catch (PgException e) {
            if ((getName().equals("greatest") || getName().equals("least"))
                    && e.sqlState().equals(SqlState.UNDEFINED_FUNCTION.code())) {
                throw unmatched(binding);
            }
            throw e;
        }
        return true;
    }

    /** GREATEST and LEAST are expressions in PostgreSQL: no common type is select_common_type's error. */
    private PgException unmatched(SqlCallBinding binding) {
        SqlCall call = binding.getCall();
        PgType first = null;
        for (int i = 0; i < call.operandCount(); i++) {
            PgType t = ArgumentTypes.of(call.operand(i), binding.getOperandType(i));
            if (t.oid() == BuiltinTypes.UNKNOWN.oid()) {
                continue;
            }
            if (first == null) {
                first = t;
            } else if (OverloadResolver.commonType(List.of(first, t)) == null) {
                return new PgException(
                        SqlState.DATATYPE_MISMATCH,
                        getName().toUpperCase(Locale.ROOT) + " types " + first.formatType() + " and " + t.formatType()
                                + " cannot be matched");
            }
        }
        return OverloadResolver.notFound(getName(), List.of());
    }

    /**
     * Resolves a call among {@code overloads}, converts its operands where the query must (casts) and binds it to the
     * chosen overload.
     */
    static PgBoundFunction bind(SqlCallBinding binding, String name, List<PgSignature> overloads, boolean operator) {
        OverloadResolver.Resolution r = resolveAndCoerce(binding, name, overloads, operator);
        PgBoundFunction bound = new PgBoundFunction(r, operator);
        ((SqlBasicCall) binding.getCall()).setOperator(bound);
        return bound;
    }

    /** Resolves a call among {@code overloads} and puts casts on the operands the query must convert. */
    static OverloadResolver.Resolution resolveAndCoerce(
            SqlCallBinding binding, String name, List<PgSignature> overloads, boolean operator) {
        SqlCall call = binding.getCall();
        int count = argumentCount(call);
        List<PgType> argTypes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            argTypes.add(ArgumentTypes.of(call.operand(i), binding.getOperandType(i)));
        }
        OverloadResolver.Resolution r = OverloadResolver.resolve(name, overloads, argTypes, operator);
        List<PgParamType> declared = r.signature().expand(argTypes.size());
        for (int i = 0; i < count; i++) {
            PgType target = r.argTypes().get(i);
            Coercions.Kind kind = Coercions.of(argTypes.get(i), target, declared.get(i) == PgParamType.Pseudo.ANY);
            boolean parameter = call.operand(i) instanceof SqlDynamicParam;
            if (parameter && argTypes.get(i).oid() == BuiltinTypes.UNKNOWN.oid()) {
                // an untyped parameter takes the type the call resolved it to, as in PostgreSQL (text if none)
                PgType given = target.oid() == BuiltinTypes.UNKNOWN.oid() ? BuiltinTypes.TEXT : target;
                RelDataType type = CalciteTypes.toRelDataType(PgTypeRef.of(given), binding.getTypeFactory());
                binding.getValidator()
                        .setValidatedNodeType(
                                call.operand(i), binding.getTypeFactory().createTypeWithNullability(type, true));
            }
            if (kind == Coercions.Kind.INPUT) {
                checkLiteral(call.operand(i), target);
            }
            if (kind != Coercions.Kind.CAST && !(parameter && kind == Coercions.Kind.INPUT)) {
                continue; // converted by the generated code (FunctionImplementor)
            }
            SqlNode cast = ArgumentTypes.castTo(call.operand(i), target);
            call.setOperand(i, cast);
            binding.getValidator().deriveType(binding.getScope(), cast);
        }
        return r;
    }

    /** Types whose input does not depend on settings: their constants can be read at plan time. */
    private static final java.util.Set<String> SETTINGS_FREE_INPUT =
            java.util.Set.of("int2", "int4", "int8", "float4", "float8", "numeric", "bool", "uuid", "oid");

    /** An untyped literal read now, so that bad input fails with the literal's position as in PostgreSQL. */
    private static void checkLiteral(SqlNode operand, PgType target) {
        if (!(operand instanceof org.apache.calcite.sql.SqlLiteral lit)
                || !(lit.getValue() instanceof org.apache.calcite.util.NlsString text)
                || !SETTINGS_FREE_INPUT.contains(target.typname())) {
            return;
        }
        try {
            Coercions.input(text.getValue(), target.oid());
        } catch (RuntimeException e) {
            SqlParserPos pos = lit.getParserPosition();
            throw new org.apache.calcite.runtime.CalciteContextException(
                    String.valueOf(e.getMessage()),
                    e,
                    pos.getLineNum(),
                    pos.getColumnNum(),
                    pos.getEndLineNum(),
                    pos.getEndColumnNum());
        }
    }

    /** The arguments of a call: its operands without an aggregate's trailing ORDER BY list. */
    static int argumentCount(SqlCall call) {
        int n = call.operandCount();
        return n > 0 && call.operand(n - 1) instanceof SqlNodeList ? n - 1 : n;
    }

    @Override
    public RelDataType inferReturnType(SqlOperatorBinding binding) {
        if (binding instanceof SqlCallBinding cb && cb.getCall().getOperator() instanceof PgBoundFunction f) {
            return PgBoundFunction.resultType(f.resolution(), binding.getTypeFactory());
        }
        throw new IllegalStateException(getName() + " was not resolved before its type was asked for");
    }
}

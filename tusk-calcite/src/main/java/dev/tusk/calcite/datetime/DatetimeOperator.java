package dev.tusk.calcite.datetime;

import dev.tusk.calcite.parser.PgTypeNameSpec;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.type.SqlOperandTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * A PostgreSQL datetime function or operator that Tusk implements itself, so that Calcite never computes with
 * datetime values in its own millisecond units. During validation it picks the overload for the operands' types
 * as PostgreSQL's function resolution does (exact matches, then implicit casts, with string literals and
 * parameters as the unknown type) and casts operands to the chosen signature; in generated code it calls the
 * overload's static method.
 */
public class DatetimeOperator extends SqlUserDefinedFunction {
    private final List<Overload> overloads;
    private final boolean binaryOperator;
    private final boolean isVolatile;

    /**
     * Creates an operator.
     *
     * @param name the name errors and plans show ({@code +}, {@code date_trunc})
     * @param binaryOperator whether it is an infix operator, whose unknown operand takes the other's type first
     * @param isVolatile whether results may differ between calls with the same operands (clock_timestamp())
     * @param overloads the signatures, the first preferred when PostgreSQL's rules leave a tie
     */
    public DatetimeOperator(String name, boolean binaryOperator, boolean isVolatile, List<Overload> overloads) {
        this(name, binaryOperator, isVolatile, List.copyOf(overloads), new Implementation(), new Inference());
    }

    private DatetimeOperator(
            String name,
            boolean binaryOperator,
            boolean isVolatile,
            List<Overload> overloads,
            Implementation impl,
            Inference inference) {
        super(
                new SqlIdentifier(name, SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION,
                opBinding -> {
                    throw new IllegalStateException(name + " types its calls in deriveType");
                },
                inference,
                new Operands(overloads),
                impl);
        this.overloads = overloads;
        this.binaryOperator = binaryOperator;
        this.isVolatile = isVolatile;
        impl.operator = this;
        inference.operator = this;
    }

    /** The signatures. */
    public List<Overload> overloads() {
        return overloads;
    }

    @Override
    public boolean isDeterministic() {
        return !isVolatile;
    }

    @Override
    public boolean isDynamicFunction() {
        return true; // reads the session (TimeZone, DateStyle) at run time: never evaluated while planning
    }

    @Override
    public SqlFunctionCategory getFunctionType() {
        return SqlFunctionCategory.USER_DEFINED_FUNCTION;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        List<RelDataType> types = new ArrayList<>();
        List<ArgKind> kinds = new ArrayList<>();
        for (SqlNode operand : call.getOperandList()) {
            if (operand.getKind() == SqlKind.ARGUMENT_ASSIGNMENT) {
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED, "named arguments of " + getName() + "() are not supported yet");
            }
            RelDataType t = validator.deriveType(scope, operand);
            types.add(t);
            kinds.add(kindOf(operand, t, validator));
        }
        Overload o = resolve(kinds, true);
        boolean nullable = false;
        for (int i = 0; i < kinds.size(); i++) {
            ArgKind want = o.params().get(i);
            if (kinds.get(i) != want) {
                SqlNode cast = cast(call.operand(i), want);
                call.setOperand(i, cast);
                types.set(i, validator.deriveType(scope, cast));
            }
            nullable |= types.get(i).isNullable();
        }
        RelDataTypeFactory f = validator.getTypeFactory();
        return f.createTypeWithNullability(o.result().relType(f), nullable || o.mayReturnNull());
    }

    /** The kind of a validated operand: string literals, NULL and untyped parameters are unknown. */
    static ArgKind kindOf(SqlNode operand, RelDataType t, SqlValidator validator) {
        if (operand instanceof SqlLiteral lit
                && (lit.getTypeName() == SqlTypeName.CHAR || lit.getTypeName() == SqlTypeName.NULL)) {
            return ArgKind.UNKNOWN;
        }
        if (operand instanceof SqlDynamicParam && t.equals(validator.getUnknownType())) {
            return ArgKind.UNKNOWN;
        }
        return ArgKind.of(t);
    }

    /** {@code CAST(operand AS kind)}, spelled as PostgreSQL would so the cast follows PostgreSQL's rules. */
    static SqlNode cast(SqlNode operand, ArgKind kind) {
        SqlParserPos pos = operand.getParserPosition();
        PgTypeNameSpec spec = new PgTypeNameSpec(List.of(kind.typname()), false, List.of(), null, null, 0, pos);
        return DatetimeCast.INSTANCE.createCall(pos, operand, new SqlDataTypeSpec(spec, pos));
    }

    /**
     * Picks the overload for operand kinds as PostgreSQL's func_select_candidate would, or fails with 42883.
     *
     * @param kinds the operands' kinds, {@link ArgKind#UNKNOWN} for literals and untyped parameters
     * @param strictFailure whether to throw when nothing matches (else return null)
     */
    Overload resolve(List<ArgKind> kinds, boolean strictFailure) {
        List<Overload> arity = new ArrayList<>();
        for (Overload o : overloads) {
            if (o.params().size() == kinds.size()) {
                arity.add(o);
            }
        }
        // exact match, an unknown operand of a binary operator taking the other operand's type
        for (Overload o : arity) {
            if (exact(o, kinds)) {
                return o;
            }
        }
        if (binaryOperator && kinds.size() == 2) {
            ArgKind a = kinds.get(0);
            ArgKind b = kinds.get(1);
            List<ArgKind> same = a == ArgKind.UNKNOWN ? List.of(b, b) : b == ArgKind.UNKNOWN ? List.of(a, a) : null;
            if (same != null && same.get(0) != ArgKind.UNKNOWN) {
                for (Overload o : arity) {
                    if (o.params().equals(same)) {
                        return o;
                    }
                }
            }
        }
        Overload best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Overload o : arity) {
            int score = 0;
            boolean ok = true;
            for (int i = 0; i < kinds.size() && ok; i++) {
                ArgKind have = kinds.get(i);
                ArgKind want = o.params().get(i);
                if (have == want) {
                    score += 1000;
                } else if (have == ArgKind.UNKNOWN) {
                    // PostgreSQL: prefer the string category, then preferred types, for unknown operands
                    score += want == ArgKind.TEXT ? 20 : want.preferred() ? 10 : 0;
                    if (kinds.contains(want)) {
                        score += 5;
                    }
                } else if (have.promotesTo(want)) {
                    score += want.preferred() ? 100 : 50;
                } else {
                    ok = false;
                }
            }
            if (ok && score > bestScore) {
                best = o;
                bestScore = score;
            }
        }
        if (best == null && strictFailure) {
            throw noSuch(kinds);
        }
        return best;
    }

    private static boolean exact(Overload o, List<ArgKind> kinds) {
        return o.params().equals(kinds);
    }

    /** 42883 for operands no overload accepts, worded as PostgreSQL words it for functions and operators. */
    PgException noSuch(List<ArgKind> kinds) {
        List<String> names = new ArrayList<>();
        for (ArgKind k : kinds) {
            names.add(displayName(k));
        }
        if (binaryOperator) {
            String text = kinds.size() == 2
                    ? names.get(0) + " " + getName() + " " + names.get(1)
                    : getName() + " " + names.get(0);
            return PgException.builder(SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + text)
                    .hint("No operator matches the given name and argument types."
                            + " You might need to add explicit type casts.")
                    .build();
        }
        return PgException.builder(
                        SqlState.UNDEFINED_FUNCTION,
                        "function " + getName().toLowerCase(Locale.ROOT) + "(" + String.join(", ", names)
                                + ") does not exist")
                .hint("No function matches the given name and argument types."
                        + " You might need to add explicit type casts.")
                .build();
    }

    private static String displayName(ArgKind k) {
        return switch (k) {
            case DATE -> "date";
            case TIME -> "time without time zone";
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case INTERVAL -> "interval";
            case TEXT -> "text";
            case INT4 -> "integer";
            case INT8 -> "bigint";
            case FLOAT8 -> "double precision";
            case NUMERIC -> "numeric";
            case BOOL -> "boolean";
            case UNKNOWN -> "unknown";
            case OTHER -> "other";
        };
    }

    /** The overload a converted call implements: operand kinds and result kind as planned. */
    Overload overloadFor(RexCall call) {
        List<ArgKind> kinds = new ArrayList<>();
        for (RexNode operand : call.getOperands()) {
            kinds.add(ArgKind.of(operand.getType()));
        }
        ArgKind result = ArgKind.of(call.getType());
        for (Overload o : overloads) {
            if (o.params().equals(kinds) && o.result() == result) {
                return o;
            }
        }
        throw new IllegalStateException("no overload of " + getName() + " for " + kinds + " -> " + result);
    }

    /** Types untyped parameters ($1) by the overload the other operands select. */
    private static final class Inference implements SqlOperandTypeInference {
        DatetimeOperator operator;

        @Override
        public void inferOperandTypes(SqlCallBinding binding, RelDataType returnType, RelDataType[] operandTypes) {
            SqlValidator validator = binding.getValidator();
            List<ArgKind> kinds = new ArrayList<>();
            for (int i = 0; i < binding.getOperandCount(); i++) {
                SqlNode operand = binding.operand(i);
                if (operand instanceof SqlDynamicParam) {
                    RelDataType known = validator.getValidatedNodeTypeIfKnown(operand);
                    kinds.add(
                            known == null || known.equals(validator.getUnknownType())
                                    ? ArgKind.UNKNOWN
                                    : ArgKind.of(known));
                } else {
                    kinds.add(kindOf(operand, binding.getOperandType(i), validator));
                }
            }
            Overload o = operator.resolve(kinds, false);
            if (o == null) {
                return;
            }
            for (int i = 0; i < operandTypes.length; i++) {
                if (binding.operand(i) instanceof SqlDynamicParam && kinds.get(i) == ArgKind.UNKNOWN) {
                    RelDataTypeFactory f = binding.getTypeFactory();
                    operandTypes[i] =
                            f.createTypeWithNullability(o.params().get(i).relType(f), true);
                }
            }
        }
    }

    /** Operand counts for Calcite's checks; the types are checked in {@link #deriveType}. */
    private static final class Operands implements SqlOperandMetadata {
        private final int min;
        private final int max;

        Operands(List<Overload> overloads) {
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            for (Overload o : overloads) {
                lo = Math.min(lo, o.params().size());
                hi = Math.max(hi, o.params().size());
            }
            this.min = lo;
            this.max = hi;
        }

        @Override
        public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure) {
            return true;
        }

        @Override
        public SqlOperandCountRange getOperandCountRange() {
            return SqlOperandCountRanges.between(min, max);
        }

        @Override
        public String getAllowedSignatures(SqlOperator op, String opName) {
            return opName + "(...)";
        }

        @Override
        public List<RelDataType> paramTypes(RelDataTypeFactory typeFactory) {
            return List.of();
        }

        @Override
        public List<String> paramNames() {
            return List.of();
        }

        @Override
        public boolean isFixedParameters() {
            return false;
        }
    }

    /** Generates the call of the overload's method; NULL operands give NULL without calling it. */
    private static final class Implementation implements ScalarFunction, ImplementableFunction {
        DatetimeOperator operator;

        @Override
        public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
            return typeFactory.createSqlType(SqlTypeName.ANY);
        }

        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor(
                    (translator, call, operands) -> {
                        Overload o = operator.overloadFor(call);
                        Class<?>[] params = o.method().getParameterTypes();
                        List<Expression> args = new ArrayList<>();
                        for (int i = 0; i < operands.size(); i++) {
                            args.add(EnumUtils.convert(operands.get(i), params[i]));
                        }
                        return Expressions.call(o.method(), args);
                    },
                    NullPolicy.STRICT,
                    false);
        }
    }
}

package dev.tusk.calcite.func;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.PgType;
import dev.tusk.types.TypeRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.TableFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedTableFunction;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * A call's chosen overload of a set-returning function: its rows are the method's {@code Iterable}, one column
 * named after the function (or the named columns), with the types the call resolved.
 */
public final class PgBoundTableFunction extends SqlUserDefinedTableFunction {
    private final OverloadResolver.Resolution resolution;

    PgBoundTableFunction(OverloadResolver.Resolution resolution) {
        super(
                new SqlIdentifier(resolution.signature().name(), SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION,
                binding -> binding.getTypeFactory().createSqlType(SqlTypeName.CURSOR),
                null,
                null,
                new Implementation(resolution));
        this.resolution = resolution;
    }

    /** The overload and the concrete types of the call. */
    public OverloadResolver.Resolution resolution() {
        return resolution;
    }

    /** The PostgreSQL type of each column. */
    public List<PgType> columnTypes() {
        return columnTypes(resolution);
    }

    static List<PgType> columnTypes(OverloadResolver.Resolution r) {
        List<PgParamType> declared = r.signature().expand(r.argTypes().size());
        PgType element = null;
        for (int i = 0; i < declared.size() && element == null; i++) {
            if (declared.get(i) instanceof PgParamType.Pseudo p && p != PgParamType.Pseudo.ANY) {
                PgType t = r.argTypes().get(i);
                element = p.isArray() ? t.elementType() : t;
            }
        }
        List<PgType> out = new ArrayList<>();
        for (PgParamType c : r.signature().columnTypes()) {
            if (c instanceof PgParamType.Concrete concrete) {
                out.add(concrete.type());
            } else if (c == PgParamType.Pseudo.ANY) {
                out.add(r.result());
            } else if (((PgParamType.Pseudo) c).isArray()) {
                PgType e = element;
                out.add(TypeRegistry.builtins().arrayOf(e).orElseThrow());
            } else {
                out.add(element == null ? r.result() : element);
            }
        }
        if (r.signature().columns().size() == 1) {
            return List.of(r.result());
        }
        return out;
    }

    /** The rows' type: the columns with their Calcite types. */
    RelDataType rowType(RelDataTypeFactory types) {
        return rowType(resolution, types);
    }

    static RelDataType rowType(OverloadResolver.Resolution r, RelDataTypeFactory types) {
        RelDataTypeFactory.Builder b = types.builder();
        List<PgType> t = columnTypes(r);
        for (int i = 0; i < t.size(); i++) {
            b.add(r.signature().columns().get(i), CalciteTypes.toRelDataType(PgTypeRef.of(t.get(i)), types));
        }
        return b.build();
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return binding -> rowType(binding.getTypeFactory());
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
        for (SqlNode operand : call.getOperandList()) {
            validator.deriveType(scope, operand);
        }
        return validator.getTypeFactory().createSqlType(SqlTypeName.CURSOR);
    }

    @Override
    public boolean isDeterministic() {
        return resolution.signature().volatility() != 'v';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgBoundTableFunction other && resolution.equals(other.resolution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resolution);
    }

    /** The schema table function Calcite's converter and code generator use. */
    private record Implementation(OverloadResolver.Resolution resolution)
            implements TableFunction, ImplementableFunction {
        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory typeFactory, List<? extends Object> arguments) {
            return PgBoundTableFunction.rowType(resolution, typeFactory);
        }

        @Override
        public Type getElementType(List<? extends Object> arguments) {
            return Object[].class;
        }

        @Override
        public CallImplementor getImplementor() {
            return (translator, call, nullAs) -> {
                Method m = resolution.signature().method();
                Class<?>[] params = m.getParameterTypes();
                List<Expression> args = new ArrayList<>();
                for (int i = 0; i < params.length; i++) {
                    RexNode rex = call.getOperands().get(i);
                    args.add(FunctionImplementor.argument(resolution, i, rex, operand(translator, rex), params[i]));
                }
                return Expressions.call(
                        SetReturningFunctions.class,
                        "rows",
                        Expressions.call(m, args),
                        Expressions.constant(resolution.signature().columns().size() > 1));
            };
        }

        /**
         * An argument's value as one expression: an ARRAY[...] constructor becomes {@code Arrays.asList(...)}
         * (Calcite's own translation adds statements that its single-column table scans lose).
         */
        private static Expression operand(RexToLixTranslator translator, RexNode rex) {
            if (rex instanceof RexCall array && array.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR) {
                List<Expression> elements = new ArrayList<>();
                for (RexNode e : array.getOperands()) {
                    elements.add(EnumUtils.convert(operand(translator, e), Object.class));
                }
                return Expressions.call(
                        java.util.Arrays.class, "asList", Expressions.newArrayInit(Object.class, elements));
            }
            return translator.translateList(List.of(rex)).get(0);
        }
    }
}

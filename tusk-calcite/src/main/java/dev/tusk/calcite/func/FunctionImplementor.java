package dev.tusk.calcite.func;

import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.PgTypeRef;
import dev.tusk.types.PgType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NotNullImplementor;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Generates the call of a function's Java method: each argument converted to the parameter's Java type, {@code
 * "any"} arguments wrapped with their PostgreSQL type, VARIADIC arguments gathered into an array.
 */
final class FunctionImplementor implements NotNullImplementor {
    private static final JavaTypeFactory TYPES = new dev.tusk.calcite.type.PgJavaTypeFactory();

    private final OverloadResolver.Resolution resolution;

    FunctionImplementor(OverloadResolver.Resolution resolution) {
        this.resolution = resolution;
    }

    @Override
    public Expression implement(RexToLixTranslator translator, RexCall call, List<Expression> operands) {
        Method m = resolution.signature().method();
        Class<?>[] params = m.getParameterTypes();
        boolean variadic = resolution.signature().variadic();
        int fixed = variadic ? params.length - 1 : params.length;
        List<Expression> args = new ArrayList<>(params.length);
        for (int i = 0; i < fixed; i++) {
            args.add(argument(resolution, i, call.getOperands().get(i), operands.get(i), params[i]));
        }
        if (variadic) {
            Class<?> element = params[fixed].getComponentType();
            List<Expression> rest = new ArrayList<>();
            // a volatile call carries one more operand than its arguments (VolatileCalls): not an argument
            int count = Math.min(operands.size(), resolution.argTypes().size());
            for (int i = fixed; i < count; i++) {
                rest.add(argument(resolution, i, call.getOperands().get(i), operands.get(i), element));
            }
            args.add(Expressions.newArrayInit(element, rest));
        }
        Expression result = Expressions.call(m, args);
        Type javaType = TYPES.getJavaClass(call.getType());
        return EnumUtils.convert(result, javaType);
    }

    /**
     * Argument {@code i} of a call, converted from its Calcite value ({@code operand}, translated from {@code rex})
     * to the parameter's Java type as {@link Coercions} says.
     */
    static Expression argument(
            OverloadResolver.Resolution resolution, int i, RexNode rex, Expression operand, Class<?> javaType) {
        PgType actual = resolution.actualTypes().get(i);
        PgType target = resolution.argTypes().get(i);
        boolean any = javaType == AnyValue.class;
        Class<?> to = any || javaType == Object.class ? javaClass(target) : javaType;
        SqlTypeName operandType = rex.getType().getSqlTypeName();
        boolean anyParameter =
                resolution.signature().expand(resolution.argTypes().size()).get(i) == PgParamType.Pseudo.ANY;
        Coercions.Kind kind = Coercions.of(actual, target, anyParameter);
        if (RexLiteral.isNullLiteral(rex)
                || (kind == Coercions.Kind.INPUT
                        && operandType != SqlTypeName.CHAR
                        && operandType != SqlTypeName.VARCHAR)) {
            kind = Coercions.Kind.NONE; // a NULL, or a literal the query already converted
        }
        Expression value =
                switch (kind) {
                    case INPUT ->
                        EnumUtils.convert(
                                Expressions.call(
                                        Coercions.class,
                                        "input",
                                        EnumUtils.convert(operand, String.class),
                                        Expressions.constant(target.oid())),
                                to);
                    case RTRIM ->
                        EnumUtils.convert(
                                Expressions.call(Coercions.class, "rtrim", EnumUtils.convert(operand, String.class)),
                                to);
                    case WIDEN -> widen(operand, actual, to);
                    case WIDEN_ARRAY ->
                        EnumUtils.convert(
                                Expressions.call(
                                        Coercions.class,
                                        "widenArray",
                                        EnumUtils.convert(operand, java.util.List.class),
                                        Expressions.constant(
                                                target.elementType().oid())),
                                to);
                    default -> EnumUtils.convert(operand, to);
                };
        if (any) {
            return Expressions.call(
                    AnyValue.class, "of", EnumUtils.convert(value, Object.class), Expressions.constant(target.oid()));
        }
        return javaType == Object.class ? EnumUtils.convert(value, Object.class) : value;
    }

    private static Expression widen(Expression operand, PgType actual, Class<?> to) {
        String a = actual.typname();
        if (to == BigDecimal.class && (a.equals("int2") || a.equals("int4") || a.equals("int8"))) {
            Expression asLong = EnumUtils.convert(
                    operand, operand.getType() instanceof Class<?> c && c.isPrimitive() ? long.class : Long.class);
            return Expressions.call(Coercions.class, "numeric", asLong);
        }
        return EnumUtils.convert(operand, to);
    }

    private static Class<?> javaClass(PgType type) {
        java.lang.reflect.Type t = TYPES.getJavaClass(CalciteTypes.toRelDataType(PgTypeRef.of(type), TYPES));
        return t instanceof Class<?> c ? c : Object.class;
    }
}

package dev.tusk.calcite.func;

import dev.tusk.calcite.sql.PgTypeSystem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/** Builds Calcite functions from the {@link PgFunction} methods of the given classes. */
public final class FunctionRegistry {
    private FunctionRegistry() {}

    /** The built-in function classes. */
    public static List<Class<?>> builtins() {
        return List.of(SystemFunctions.class, SequenceFunctions.class);
    }

    /** An operator table with one function per annotated method (overloads share a name). */
    public static SqlOperatorTable operatorTable(List<Class<?>> classes) {
        RelDataTypeFactory types = new JavaTypeFactoryImpl(PgTypeSystem.INSTANCE);
        List<SqlOperator> operators = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Method m : c.getMethods()) {
                PgFunction f = m.getAnnotation(PgFunction.class);
                if (f == null) {
                    continue;
                }
                if (!Modifier.isStatic(m.getModifiers())) {
                    throw new IllegalArgumentException(m + " must be static");
                }
                ScalarFunction impl = ScalarFunctionImpl.create(m);
                operators.add(
                        new SqlUserDefinedFunction(
                                new SqlIdentifier(f.value(), SqlParserPos.ZERO),
                                org.apache.calcite.sql.SqlKind.OTHER_FUNCTION,
                                ReturnTypes.explicit(impl.getReturnType(types)),
                                InferTypes.explicit(parameterTypes(impl, types)),
                                OperandTypes.operandMetadata(
                                        families(impl, types),
                                        tf -> parameterTypes(impl, tf),
                                        i -> "arg" + i,
                                        i -> false),
                                impl) {
                            @Override
                            public boolean isDeterministic() {
                                return !f.volatileResult();
                            }

                            @Override
                            public boolean isDynamicFunction() {
                                return true; // session-dependent: never folded at plan time
                            }

                            @Override
                            public SqlFunctionCategory getFunctionType() {
                                return SqlFunctionCategory.USER_DEFINED_FUNCTION;
                            }
                        });
            }
        }
        return SqlOperatorTables.of(operators);
    }

    private static List<org.apache.calcite.rel.type.RelDataType> parameterTypes(
            ScalarFunction f, RelDataTypeFactory types) {
        List<org.apache.calcite.rel.type.RelDataType> out = new ArrayList<>();
        f.getParameters().forEach(p -> out.add(p.getType(types)));
        return out;
    }

    private static List<org.apache.calcite.sql.type.SqlTypeFamily> families(
            ScalarFunction f, RelDataTypeFactory types) {
        List<org.apache.calcite.sql.type.SqlTypeFamily> out = new ArrayList<>();
        f.getParameters().forEach(p -> {
            org.apache.calcite.sql.type.SqlTypeFamily family =
                    p.getType(types).getSqlTypeName().getFamily();
            out.add(family == null ? org.apache.calcite.sql.type.SqlTypeFamily.ANY : family);
        });
        return out;
    }
}

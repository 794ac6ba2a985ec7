package dev.tusk.calcite.func;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * Builds PostgreSQL functions from the {@link PgFunction} methods of the given classes: one operator per name
 * holding every overload, so that calls resolve by PostgreSQL's rules and a name Tusk defines hides Calcite's.
 */
public final class FunctionRegistry {
    private FunctionRegistry() {}

    /** The built-in function classes. */
    public static List<Class<?>> builtins() {
        return List.of(
                SystemFunctions.class,
                SchemaFunctions.class,
                SequenceFunctions.class,
                StringFunctions.class,
                PatternFunctions.class,
                MathFunctions.class,
                ByteaFunctions.class,
                ArrayFunctions.class,
                TypeFunctions.class,
                UuidFunctions.class,
                ArithmeticOperators.class,
                SetReturningFunctions.class,
                Aggregates.class,
                JsonFunctions.class,
                JsonbEdits.class,
                JsonAggregates.class,
                VarianceAggregates.class,
                NotifyFunctions.class);
    }

    /** The names of the built-in set-returning functions (generate_series, unnest ...). */
    public static java.util.Set<String> builtinSetReturning() {
        return Builtins.SET_RETURNING;
    }

    /** The overloads of the built-in functions, by name (computed once). */
    public static Map<String, List<PgSignature>> builtinSignatures() {
        return Builtins.SIGNATURES;
    }

    private static final class Builtins {
        static final Map<String, List<PgSignature>> SIGNATURES = signatures(builtins());
        static final java.util.Set<String> SET_RETURNING = java.util.Set.copyOf(SIGNATURES.entrySet().stream()
                .filter(e -> e.getValue().get(0).setReturning())
                .map(Map.Entry::getKey)
                .toList());
    }

    /** An operator table with one {@link PgFunctionOperator} per function name. */
    public static SqlOperatorTable operatorTable(List<Class<?>> classes) {
        List<SqlOperator> operators = new ArrayList<>();
        signatures(classes)
                .forEach((name, overloads) -> operators.add(
                        overloads.get(0).aggregate()
                                ? new PgAggregateOperator(name, overloads)
                                : overloads.get(0).setReturning()
                                        ? new PgTableFunctionOperator(name, overloads)
                                        : new PgFunctionOperator(name, overloads)));
        return SqlOperatorTables.of(operators);
    }

    /** Every overload of the annotated methods, by function name, in a stable order. */
    public static Map<String, List<PgSignature>> signatures(List<Class<?>> classes) {
        Map<String, List<PgSignature>> byName = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            Method[] methods = c.getMethods();
            // getMethods() has no defined order; sort so that resolution never depends on reflection order
            Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
            for (Method m : methods) {
                PgAggregate a = m.getAnnotation(PgAggregate.class);
                if (a != null) {
                    byName.computeIfAbsent(a.value(), k -> new ArrayList<>()).add(aggregate(a, m));
                    continue;
                }
                PgFunction f = m.getAnnotation(PgFunction.class);
                if (f == null) {
                    continue;
                }
                if (!Modifier.isStatic(m.getModifiers())) {
                    throw new IllegalArgumentException(m + " must be static");
                }
                byName.computeIfAbsent(f.value(), k -> new ArrayList<>()).add(signature(f, m));
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(byName);
    }

    private static PgSignature signature(PgFunction f, Method m) {
        Class<?>[] javaParams = m.getParameterTypes();
        List<PgParamType> params = new ArrayList<>();
        if (f.args().length > 0) {
            if (f.args().length != javaParams.length) {
                throw new IllegalArgumentException(
                        m + ": args() names " + f.args().length + " types for " + javaParams.length + " parameters");
            }
            for (String a : f.args()) {
                params.add(PgParamType.parse(a));
            }
        } else {
            for (int i = 0; i < javaParams.length; i++) {
                Class<?> p =
                        f.variadic() && i == javaParams.length - 1 ? javaParams[i].getComponentType() : javaParams[i];
                params.add(fromJava(p, m));
            }
        }
        if (f.variadic() && !javaParams[javaParams.length - 1].isArray()) {
            throw new IllegalArgumentException(m + ": a VARIADIC parameter must be a Java array");
        }
        if (!f.strict()) {
            for (Class<?> p : javaParams) {
                if (p.isPrimitive()) {
                    throw new IllegalArgumentException(m + ": a non-strict function receives NULLs; box " + p);
                }
            }
        }
        PgParamType result = !f.returns().isEmpty()
                ? PgParamType.parse(f.returns())
                : f.setof() && f.columns().length > 1 ? PgParamType.Pseudo.ANY : fromJava(m.getReturnType(), m);
        char volatility = f.volatileResult() ? 'v' : f.stable() ? 's' : 'i';
        List<String> columns = List.of();
        List<PgParamType> columnTypes = List.of();
        if (f.setof()) {
            if (f.columns().length == 0) {
                columns = List.of(f.value());
                columnTypes = List.of(result);
            } else {
                columns = List.of(f.columns());
                columnTypes = new ArrayList<>();
                for (String t : f.columnTypes()) {
                    columnTypes.add(PgParamType.parse(t));
                }
                if (columns.size() == 1 && columnTypes.isEmpty()) {
                    columnTypes = List.of(result); // one column with its own name (json_array_elements' value)
                }
            }
        }
        return new PgSignature(
                f.value(), m, params, f.variadic(), result, f.strict(), volatility, false, false, columns, columnTypes);
    }

    private static PgSignature aggregate(PgAggregate a, Method m) {
        boolean takesTypes = m.getParameterCount() == 1 && m.getParameterTypes()[0] == int[].class;
        if (!Modifier.isStatic(m.getModifiers())
                || (m.getParameterCount() != 0 && !takesTypes)
                || m.getReturnType() != Accumulator.class) {
            throw new IllegalArgumentException(
                    m + " must be static, take nothing (or the argument type OIDs, int[]) and return an Accumulator");
        }
        List<PgParamType> params = new ArrayList<>();
        for (String t : a.args()) {
            params.add(PgParamType.parse(t));
        }
        return new PgSignature(
                a.value(),
                m,
                params,
                false,
                PgParamType.parse(a.returns()),
                false,
                'i',
                true,
                a.calcite(),
                List.of(),
                List.of());
    }

    private static PgParamType fromJava(Class<?> c, Method m) {
        PgType t;
        if (c == String.class) {
            t = BuiltinTypes.TEXT;
        } else if (c == int.class || c == Integer.class) {
            t = BuiltinTypes.INT4;
        } else if (c == long.class || c == Long.class) {
            t = BuiltinTypes.INT8;
        } else if (c == short.class || c == Short.class) {
            t = BuiltinTypes.INT2;
        } else if (c == double.class || c == Double.class) {
            t = BuiltinTypes.FLOAT8;
        } else if (c == float.class || c == Float.class) {
            t = BuiltinTypes.FLOAT4;
        } else if (c == BigDecimal.class) {
            t = BuiltinTypes.NUMERIC;
        } else if (c == boolean.class || c == Boolean.class) {
            t = BuiltinTypes.BOOL;
        } else if (c == ByteString.class) {
            t = BuiltinTypes.BYTEA;
        } else if (c == AnyValue.class) {
            return PgParamType.Pseudo.ANY;
        } else {
            throw new IllegalArgumentException(m + ": name the PostgreSQL type of " + c.getName() + " in @PgFunction");
        }
        return PgParamType.of(t);
    }
}

package dev.tusk.calcite.func;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One overload of a PostgreSQL function: its declared parameter and result types and the Java method that
 * implements it.
 *
 * @param name the SQL name
 * @param method the implementation
 * @param params the declared parameter types; with {@code variadic}, the last one is the VARIADIC element type
 * @param variadic whether the last parameter is VARIADIC
 * @param result the declared result type
 * @param strict PostgreSQL's STRICT: NULL in, NULL out, without calling the method
 * @param volatility how often the result may change: 'i' immutable, 's' stable, 'v' volatile
 * @param aggregate whether it is an aggregate: {@code method} then makes a new {@link Accumulator}
 * @param calcite whether Calcite's aggregate of the same name implements it instead of {@code method}
 * @param columns for a set-returning function, its columns' names (one, the function's name, if it returns a
 *     single value per row); empty otherwise
 * @param columnTypes for a set-returning function, its columns' types ({@code result} for a single column)
 */
public record PgSignature(
        String name,
        Method method,
        List<PgParamType> params,
        boolean variadic,
        PgParamType result,
        boolean strict,
        char volatility,
        boolean aggregate,
        boolean calcite,
        List<String> columns,
        List<PgParamType> columnTypes) {

    /** Validates the components. */
    public PgSignature {
        params = List.copyOf(params);
        columns = List.copyOf(columns);
        columnTypes = List.copyOf(columnTypes);
        if (variadic && params.isEmpty()) {
            throw new IllegalArgumentException(name + ": a variadic function needs a parameter");
        }
    }

    /** Whether it returns a set of rows. */
    public boolean setReturning() {
        return !columns.isEmpty();
    }

    /** The declared type of each of {@code nargs} arguments, or null if this overload takes another number. */
    public List<PgParamType> expand(int nargs) {
        if (!variadic) {
            return nargs == params.size() ? params : null;
        }
        int fixed = params.size() - 1;
        if (nargs < params.size()) {
            return null; // VARIADIC needs at least one argument, as PostgreSQL's variadic functions without defaults
        }
        List<PgParamType> out = new ArrayList<>(params.subList(0, fixed));
        for (int i = fixed; i < nargs; i++) {
            out.add(params.get(fixed));
        }
        return out;
    }

    /** The signature as PostgreSQL prints it, for messages: {@code round(numeric, int4)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(variadic && i == params.size() - 1 ? "VARIADIC " : "");
            sb.append(params.get(i));
        }
        return sb.append(") -> ").append(result).toString();
    }
}

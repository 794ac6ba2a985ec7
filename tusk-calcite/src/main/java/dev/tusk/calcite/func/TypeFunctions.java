package dev.tusk.calcite.func;

/** PostgreSQL's functions about values and their types: pg_typeof, num_nulls, num_nonnulls. */
public final class TypeFunctions {
    private TypeFunctions() {}

    /** {@code pg_typeof("any") → regtype}: the type of the argument. */
    @PgFunction(value = "pg_typeof", strict = false, returns = "regtype")
    public static Long pgTypeof(AnyValue v) {
        return (long) v.type().oid();
    }

    /** {@code num_nulls(VARIADIC "any") → int4}: how many arguments are NULL. */
    @PgFunction(value = "num_nulls", strict = false, variadic = true)
    public static Integer numNulls(AnyValue... values) {
        int n = 0;
        for (AnyValue v : values) {
            n += v.isNull() ? 1 : 0;
        }
        return n;
    }

    /** {@code num_nonnulls(VARIADIC "any") → int4}: how many arguments are not NULL. */
    @PgFunction(value = "num_nonnulls", strict = false, variadic = true)
    public static Integer numNonNulls(AnyValue... values) {
        return values.length - numNulls(values);
    }
}

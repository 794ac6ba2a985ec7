package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;

/**
 * PostgreSQL's set-returning functions: generate_series over int4, int8 and numeric, generate_subscripts and
 * unnest (with its ordinality form). Like PostgreSQL's, a NULL argument gives no rows; series are produced lazily.
 */
public final class SetReturningFunctions {
    private SetReturningFunctions() {}

    /** The rows of a set-returning function's values, as Calcite's table function scan reads them. */
    public static Enumerable<Object[]> rows(Iterable<?> values, boolean severalColumns) {
        Enumerable<?> e = Linq4j.asEnumerable(values);
        return severalColumns ? e.select(v -> (Object[]) v) : e.select(v -> new Object[] {v});
    }

    /** {@code generate_series(int4, int4) → setof int4}. */
    @PgFunction(
            value = "generate_series",
            setof = true,
            strict = false,
            args = {"int4", "int4"},
            returns = "int4")
    public static Iterable<Integer> generateSeries(Integer start, Integer stop) {
        return generateSeries(start, stop, 1);
    }

    /** {@code generate_series(int4, int4, int4) → setof int4}; 22023 for a zero step. */
    @PgFunction(
            value = "generate_series",
            setof = true,
            strict = false,
            args = {"int4", "int4", "int4"},
            returns = "int4")
    public static Iterable<Integer> generateSeries(Integer start, Integer stop, Integer step) {
        if (start == null || stop == null || step == null) {
            return List.of();
        }
        checkStep(step == 0);
        Iterable<Long> longs = longSeries(start, stop, step);
        return () -> {
            Iterator<Long> it = longs.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Integer next() {
                    return it.next().intValue();
                }
            };
        };
    }

    /** {@code generate_series(int8, int8) → setof int8}. */
    @PgFunction(
            value = "generate_series",
            setof = true,
            strict = false,
            args = {"int8", "int8"},
            returns = "int8")
    public static Iterable<Long> generateSeries(Long start, Long stop) {
        return generateSeries(start, stop, 1L);
    }

    /** {@code generate_series(int8, int8, int8) → setof int8}. */
    @PgFunction(
            value = "generate_series",
            setof = true,
            strict = false,
            args = {"int8", "int8", "int8"},
            returns = "int8")
    public static Iterable<Long> generateSeries(Long start, Long stop, Long step) {
        if (start == null || stop == null || step == null) {
            return List.of();
        }
        checkStep(step == 0);
        return longSeries(start, stop, step);
    }

    private static Iterable<Long> longSeries(long start, long stop, long step) {
        return series(start, v -> step > 0 ? v <= stop : v >= stop, v -> {
            long next = v + step;
            // an overflowing step ends the series, as PostgreSQL's does
            return ((v ^ next) & (step ^ next)) < 0 ? null : next;
        });
    }

    /** {@code generate_series(numeric, numeric) → setof numeric}. */
    @PgFunction(
            value = "generate_series",
            setof = true,
            strict = false,
            args = {"numeric", "numeric"},
            returns = "numeric")
    public static Iterable<BigDecimal> generateSeries(BigDecimal start, BigDecimal stop) {
        return generateSeries(start, stop, BigDecimal.ONE);
    }

    /** {@code generate_series(numeric, numeric, numeric) → setof numeric}: each value the previous plus the step. */
    @PgFunction(
            value = "generate_series",
            setof = true,
            strict = false,
            args = {"numeric", "numeric", "numeric"},
            returns = "numeric")
    public static Iterable<BigDecimal> generateSeries(BigDecimal start, BigDecimal stop, BigDecimal step) {
        if (start == null || stop == null || step == null) {
            return List.of();
        }
        checkStep(step.signum() == 0);
        return series(
                start, v -> step.signum() > 0 ? v.compareTo(stop) <= 0 : v.compareTo(stop) >= 0, v -> v.add(step));
    }

    private static void checkStep(boolean zero) {
        if (zero) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
    }

    /** A lazy series: {@code first}, then {@code next} of each value while {@code more} holds (null ends it). */
    private static <T> Iterable<T> series(T first, Predicate<T> more, UnaryOperator<T> next) {
        return () -> new Iterator<>() {
            private T current = first;

            @Override
            public boolean hasNext() {
                return current != null && more.test(current);
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T v = current;
                current = next.apply(v);
                return v;
            }
        };
    }

    /** {@code generate_subscripts(anyarray, int4) → setof int4}: the subscripts of a dimension. */
    @PgFunction(
            value = "generate_subscripts",
            setof = true,
            strict = false,
            args = {"anyarray", "int4"},
            returns = "int4")
    public static Iterable<Integer> generateSubscripts(List<?> array, Integer dim) {
        return generateSubscripts(array, dim, false);
    }

    /** {@code generate_subscripts(anyarray, int4, bool) → setof int4}: in reverse order when the flag is set. */
    @PgFunction(
            value = "generate_subscripts",
            setof = true,
            strict = false,
            args = {"anyarray", "int4", "bool"},
            returns = "int4")
    public static Iterable<Integer> generateSubscripts(List<?> array, Integer dim, Boolean reverse) {
        if (array == null || dim == null || reverse == null || dim != 1 || array.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= array.size(); i++) {
            out.add(reverse ? array.size() + 1 - i : i);
        }
        return out;
    }

    /** {@code unnest(anyarray) → setof anyelement}: the elements, NULLs included. */
    @PgFunction(value = "unnest", setof = true, strict = false, args = "anyarray", returns = "anyelement")
    public static Iterable<?> unnest(List<?> array) {
        return array == null ? List.of() : array;
    }

    /** {@code unnest(anyarray) WITH ORDINALITY}: each element with its position (int8), named unnest and ordinality. */
    @PgFunction(
            value = "unnest with ordinality",
            setof = true,
            strict = false,
            args = "anyarray",
            columns = {"unnest", "ordinality"},
            columnTypes = {"anyelement", "int8"})
    public static Iterable<Object[]> unnestWithOrdinality(List<?> array) {
        List<Object[]> out = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Object[] {array.get(i), (long) (i + 1)});
            }
        }
        return out;
    }

    /** {@code string_to_table(text, text) → setof text}: string_to_array's fields as rows. */
    @PgFunction(
            value = "string_to_table",
            setof = true,
            strict = false,
            args = {"text", "text"},
            returns = "text")
    public static Iterable<String> stringToTable(String s, String delimiter) {
        return stringToTable(s, delimiter, null);
    }

    /** {@code string_to_table(text, text, text) → setof text}: fields equal to the third argument are NULL. */
    @PgFunction(
            value = "string_to_table",
            setof = true,
            strict = false,
            args = {"text", "text", "text"},
            returns = "text")
    public static Iterable<String> stringToTable(String s, String delimiter, String nullString) {
        List<String> fields = ArrayFunctions.stringToArray(s, delimiter, nullString);
        return fields == null ? List.of() : fields;
    }
}

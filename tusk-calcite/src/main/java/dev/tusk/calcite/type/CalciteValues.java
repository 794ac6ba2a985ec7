package dev.tusk.calcite.type;

import dev.tusk.calcite.datetime.Interval;
import dev.tusk.calcite.datetime.JavaTimes;
import dev.tusk.types.PgArray;
import dev.tusk.types.PgInterval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Converts between Calcite's runtime representation of values and the Java values tusk-types encodes and decodes.
 * Datetime values are Tusk's (see {@link dev.tusk.calcite.datetime}): date an Integer of days, time a Long of
 * microseconds of the day, timestamp and timestamptz a Long of microseconds, all counted from 2000-01-01 as in
 * PostgreSQL, the infinities the extreme values; interval an {@link Interval}. VARBINARY is a ByteString, ARRAY a
 * List.
 */
public final class CalciteValues {
    private CalciteValues() {}

    /** A Calcite runtime value of type {@code t} as the value tusk-types encodes. */
    public static Object toPg(Object v, RelDataType t) {
        if (v == null) {
            return null;
        }
        switch (t.getSqlTypeName()) {
            case DATE -> {
                return JavaTimes.date(((Number) v).intValue());
            }
            case TIME_WITH_LOCAL_TIME_ZONE -> {
                return JavaTimes.time(((Number) v).longValue());
            }
            case TIMESTAMP -> {
                return JavaTimes.timestamp(((Number) v).longValue());
            }
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> {
                return JavaTimes.timestamptz(((Number) v).longValue());
            }
            case BINARY, VARBINARY -> {
                return v instanceof ByteString b ? b.getBytes() : v;
            }
            case ARRAY, MULTISET -> {
                if (v instanceof List<?> list) {
                    List<Object> out = new ArrayList<>(list.size());
                    for (Object e : list) {
                        out.add(toPg(e, t.getComponentType()));
                    }
                    return out;
                }
                return v;
            }
            default -> {
                if (v instanceof Interval i) {
                    return i.toPg();
                }
                return v;
            }
        }
    }

    /** A value tusk-types decoded (for example a parameter) as Calcite's runtime value of type {@code t}. */
    public static Object toCalcite(Object v, RelDataType t) {
        if (v == null) {
            return null;
        }
        switch (t.getSqlTypeName()) {
            case DATE -> {
                return v instanceof LocalDate d ? JavaTimes.date(d) : v;
            }
            case TIME_WITH_LOCAL_TIME_ZONE -> {
                return v instanceof LocalTime lt ? JavaTimes.time(lt) : v;
            }
            case TIMESTAMP -> {
                return v instanceof LocalDateTime ldt ? JavaTimes.timestamp(ldt) : v;
            }
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> {
                Long micros = JavaTimes.timestamptz(v);
                return micros != null ? micros : v;
            }
            case BINARY, VARBINARY -> {
                return v instanceof byte[] b ? new ByteString(b) : v;
            }
            case INTEGER -> {
                return v instanceof Number n ? n.intValue() : v;
            }
            case BIGINT -> {
                return v instanceof Number n ? n.longValue() : v;
            }
            case SMALLINT -> {
                return v instanceof Number n ? n.shortValue() : v;
            }
            case DOUBLE -> {
                return v instanceof Number n ? n.doubleValue() : v;
            }
            case REAL, FLOAT -> {
                return v instanceof Number n ? n.floatValue() : v;
            }
            case DECIMAL -> {
                if (v instanceof BigDecimal) {
                    return v;
                }
                return v instanceof Number n ? new BigDecimal(n.toString()) : v;
            }
            case VARCHAR, CHAR -> {
                return v instanceof String ? v : String.valueOf(v);
            }
            case ARRAY -> {
                if (v instanceof PgArray a) {
                    List<Object> flat = new ArrayList<>();
                    for (Object e : a.elements()) {
                        flat.add(toCalcite(e, t.getComponentType()));
                    }
                    return flat;
                }
                return v;
            }
            default -> {
                if (v instanceof PgInterval i) {
                    return Interval.of(i);
                }
                return v;
            }
        }
    }

    /**
     * An array tusk-types decoded as Calcite's runtime value of array type {@code t}, a multidimensional one as
     * nested lists (as {@code ARRAY[[1, 2], [3, 4]]} holds it).
     */
    public static List<Object> nestedArray(PgArray a, RelDataType t) {
        List<Object> flat = new ArrayList<>();
        for (Object e : a.elements()) {
            flat.add(toCalcite(e, t.getComponentType()));
        }
        return a.ndim() > 1 ? nest(flat, a.dims(), 0, new int[] {0}) : flat;
    }

    /** Row-major elements as nested lists, one level per dimension. */
    private static List<Object> nest(List<Object> flat, int[] dims, int level, int[] next) {
        List<Object> out = new ArrayList<>(dims[level]);
        for (int i = 0; i < dims[level]; i++) {
            out.add(level + 1 < dims.length ? nest(flat, dims, level + 1, next) : flat.get(next[0]++));
        }
        return out;
    }
}

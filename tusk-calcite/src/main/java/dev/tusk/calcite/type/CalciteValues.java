package dev.tusk.calcite.type;

import dev.tusk.types.PgArray;
import dev.tusk.types.PgInterval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Converts between Calcite's runtime representation of values (days since 1970 for DATE, milliseconds for TIME and
 * TIMESTAMP, ByteString for VARBINARY, List for ARRAY) and the Java values tusk-types encodes and decodes.
 */
public final class CalciteValues {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private CalciteValues() {}

    /** A Calcite runtime value of type {@code t} as the value tusk-types encodes. */
    public static Object toPg(Object v, RelDataType t) {
        if (v == null) {
            return null;
        }
        switch (t.getSqlTypeName()) {
            case DATE -> {
                return LocalDate.ofEpochDay(((Number) v).longValue());
            }
            case TIME -> {
                return LocalTime.ofNanoOfDay(Math.floorMod(((Number) v).longValue(), MILLIS_PER_DAY) * 1_000_000L);
            }
            case TIMESTAMP -> {
                long ms = ((Number) v).longValue();
                return LocalDateTime.ofEpochSecond(
                        Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000, ZoneOffset.UTC);
            }
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> {
                return Instant.ofEpochMilli(((Number) v).longValue());
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
            case INTERVAL_DAY,
                    INTERVAL_DAY_HOUR,
                    INTERVAL_DAY_MINUTE,
                    INTERVAL_DAY_SECOND,
                    INTERVAL_HOUR,
                    INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND,
                    INTERVAL_MINUTE,
                    INTERVAL_MINUTE_SECOND,
                    INTERVAL_SECOND -> {
                long ms = ((Number) v).longValue();
                return new PgInterval(0, (int) (ms / MILLIS_PER_DAY), (ms % MILLIS_PER_DAY) * 1000L);
            }
            case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> {
                return new PgInterval(((Number) v).intValue(), 0, 0);
            }
            default -> {
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
                return v instanceof LocalDate d ? (int) d.toEpochDay() : v;
            }
            case TIME -> {
                return v instanceof LocalTime lt ? (int) (lt.toNanoOfDay() / 1_000_000L) : v;
            }
            case TIMESTAMP -> {
                if (v instanceof LocalDateTime ldt) {
                    return ldt.toInstant(ZoneOffset.UTC).toEpochMilli();
                }
                return v;
            }
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> {
                if (v instanceof OffsetDateTime o) {
                    return o.toInstant().toEpochMilli();
                }
                if (v instanceof Instant i) {
                    return i.toEpochMilli();
                }
                return v;
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
                    List<Object> out = new ArrayList<>();
                    for (Object e : a.elements()) {
                        out.add(toCalcite(e, t.getComponentType()));
                    }
                    return out;
                }
                return v;
            }
            default -> {
                return v;
            }
        }
    }
}

package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.PgInterval;
import dev.tusk.types.codec.TimeCodec;
import dev.tusk.types.codec.TimestampCodec;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.calcite.avatica.util.TimeUnitRange;

/**
 * Type modifiers of time, timestamp and interval on Tusk's datetime representation: rounding to a fractional-second
 * precision and truncating an interval to its fields are tusk-types' {@code PgType.applyTypmod} (PostgreSQL's
 * AdjustTimestampForTypmod, AdjustTimeForTypmod and AdjustIntervalForTypmod); this class converts to and from it.
 */
public final class DatetimeTypmods {
    /** The interval field bits of an interval typmod (INTERVAL_MASK). */
    public static final int MONTH = 1 << 1;
    /** YEAR. */
    public static final int YEAR = 1 << 2;
    /** DAY. */
    public static final int DAY = 1 << 3;
    /** HOUR. */
    public static final int HOUR = 1 << 10;
    /** MINUTE. */
    public static final int MINUTE = 1 << 11;
    /** SECOND. */
    public static final int SECOND = 1 << 12;
    /** Every field (INTERVAL_FULL_RANGE). */
    public static final int FULL_RANGE = 0x7FFF;
    /** No precision given (INTERVAL_FULL_PRECISION). */
    public static final int FULL_PRECISION = 0xFFFF;

    private DatetimeTypmods() {}

    /** PostgreSQL's interval typmod for a field range and a precision (INTERVAL_TYPMOD). */
    public static int intervalTypmod(int precision, int range) {
        return ((range & 0x7FFF) << 16) | (precision & 0xFFFF);
    }

    /** The field bits of a Calcite interval qualifier's range. */
    public static int range(TimeUnitRange r) {
        return switch (r) {
            case YEAR -> YEAR;
            case YEAR_TO_MONTH -> YEAR | MONTH;
            case MONTH -> MONTH;
            case DAY -> DAY;
            case DAY_TO_HOUR -> DAY | HOUR;
            case DAY_TO_MINUTE -> DAY | HOUR | MINUTE;
            case DAY_TO_SECOND -> DAY | HOUR | MINUTE | SECOND;
            case HOUR -> HOUR;
            case HOUR_TO_MINUTE -> HOUR | MINUTE;
            case HOUR_TO_SECOND -> HOUR | MINUTE | SECOND;
            case MINUTE -> MINUTE;
            case MINUTE_TO_SECOND -> MINUTE | SECOND;
            case SECOND -> SECOND;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "interval fields " + r + " are not PostgreSQL's");
        };
    }

    /** A timestamp (or timestamptz) rounded to {@code typmod} fractional digits (-1: unchanged). */
    public static long timestamp(long t, int typmod) {
        if (PgEpoch.isInfinite(t) || typmod < 0 || typmod >= 6) {
            return t;
        }
        // tusk-types' length coercion (AdjustTimestampForTypmod); UTC micros round as local ones do
        LocalDateTime rounded =
                (LocalDateTime) BuiltinTypes.TIMESTAMP.applyTypmod(TimestampCodec.fromMicros(t), typmod, true);
        return PgEpoch.checkTimestamp(TimestampCodec.micros(rounded));
    }

    /** A time of day rounded to {@code typmod} fractional digits (-1: unchanged). */
    public static long time(long t, int typmod) {
        if (typmod < 0 || typmod >= 6) {
            return t;
        }
        return TimeCodec.micros((LocalTime) BuiltinTypes.TIME.applyTypmod(TimeCodec.fromMicros(t), typmod, true));
    }

    /** An interval restricted to the fields and precision of an interval typmod (-1: unchanged). */
    public static Interval interval(Interval v, int typmod) {
        if (typmod < 0) {
            return v;
        }
        PgInterval in = new PgInterval(v.months(), v.days(), v.micros());
        PgInterval out = (PgInterval) BuiltinTypes.INTERVAL.applyTypmod(in, typmod, true);
        return out.equals(in) ? v : Interval.of(out);
    }

    /**
     * The unit PostgreSQL gives a bare number in interval input under a field range (DecodeInterval's use of the
     * typmod), or null when the typmod has no range.
     */
    public static String bareNumberUnit(int typmod) {
        if (typmod < 0) {
            return null;
        }
        int range = (typmod >> 16) & 0x7FFF;
        if (range == FULL_RANGE) {
            return null;
        }
        if (range == YEAR) {
            return "year";
        }
        if (range == MONTH || range == (YEAR | MONTH)) {
            return "month";
        }
        if (range == DAY) {
            return "day";
        }
        if (range == HOUR || range == (DAY | HOUR)) {
            return "hour";
        }
        if (range == MINUTE || range == (HOUR | MINUTE) || range == (DAY | HOUR | MINUTE)) {
            return "minute";
        }
        return "second";
    }
}

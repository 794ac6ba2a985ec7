package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * PostgreSQL's own representation of dates and times, which is also Tusk's runtime representation inside Calcite:
 * timestamps as microseconds and dates as days since 2000-01-01, infinities as the extreme values.
 */
public final class PgEpoch {
    /** Microseconds per second. */
    public static final long USECS_PER_SEC = 1_000_000L;
    /** Microseconds per minute. */
    public static final long USECS_PER_MINUTE = 60_000_000L;
    /** Microseconds per hour. */
    public static final long USECS_PER_HOUR = 3_600_000_000L;
    /** Microseconds per day. */
    public static final long USECS_PER_DAY = 86_400_000_000L;
    /** Days from 1970-01-01 to 2000-01-01. */
    public static final long EPOCH_DAYS_1970 = 10957;
    /** {@code timestamp 'infinity'}, also {@code timestamptz}. */
    public static final long TIMESTAMP_INFINITY = Long.MAX_VALUE;
    /** {@code timestamp '-infinity'}, also {@code timestamptz}. */
    public static final long TIMESTAMP_MINUS_INFINITY = Long.MIN_VALUE;
    /** {@code date 'infinity'}. */
    public static final int DATE_INFINITY = Integer.MAX_VALUE;
    /** {@code date '-infinity'}. */
    public static final int DATE_MINUS_INFINITY = Integer.MIN_VALUE;
    /** The smallest valid timestamp, 4714-11-24 00:00:00 BC (MIN_TIMESTAMP). */
    public static final long MIN_TIMESTAMP = -211_813_488_000_000_000L;
    /** One past the largest valid timestamp, 294277-01-01 00:00:00 (END_TIMESTAMP). */
    public static final long END_TIMESTAMP = 9_223_371_331_200_000_000L;
    /** The smallest valid date (Julian day 0). */
    public static final int MIN_DATE = -2_451_545;
    /** One past the largest valid date (DATE_END_JULIAN). */
    public static final int END_DATE = 2_145_031_949;
    /** One past the largest date a timestamp can hold (TIMESTAMP_END_JULIAN). */
    public static final int TIMESTAMP_END_DATE = 109_203_528 - 2_451_545;

    private PgEpoch() {}

    /** Whether a timestamp is one of the infinities. */
    public static boolean isInfinite(long t) {
        return t == TIMESTAMP_INFINITY || t == TIMESTAMP_MINUS_INFINITY;
    }

    /** Whether a date is one of the infinities. */
    public static boolean isInfinite(int d) {
        return d == DATE_INFINITY || d == DATE_MINUS_INFINITY;
    }

    /** Whether a finite timestamp lies in PostgreSQL's range. */
    public static boolean isValidTimestamp(long t) {
        return t >= MIN_TIMESTAMP && t < END_TIMESTAMP;
    }

    /** Whether a finite date lies in PostgreSQL's range. */
    public static boolean isValidDate(long d) {
        return d >= MIN_DATE && d < END_DATE;
    }

    /** The calendar date of a finite day number. */
    public static LocalDate toLocalDate(long days) {
        return LocalDate.ofEpochDay(days + EPOCH_DAYS_1970);
    }

    /** The day number of a calendar date (not range-checked). */
    public static long days(LocalDate d) {
        return d.toEpochDay() - EPOCH_DAYS_1970;
    }

    /** The date and time of a finite timestamp. */
    public static LocalDateTime toLocalDateTime(long t) {
        long days = Math.floorDiv(t, USECS_PER_DAY);
        long tod = Math.floorMod(t, USECS_PER_DAY);
        return LocalDateTime.of(toLocalDate(days), LocalTime.ofNanoOfDay(tod * 1000L));
    }

    /** The timestamp of a date and time (nanoseconds truncated to microseconds; not range-checked). */
    public static long micros(LocalDateTime t) {
        return Math.addExact(
                Math.multiplyExact(days(t.toLocalDate()), USECS_PER_DAY),
                t.toLocalTime().toNanoOfDay() / 1000L);
    }

    /** 22008 {@code timestamp out of range}. */
    public static PgException timestampOutOfRange() {
        return new PgException(SqlState.DATETIME_VALUE_OUT_OF_RANGE, "timestamp out of range");
    }

    /** 22008 {@code date out of range}. */
    public static PgException dateOutOfRange() {
        return new PgException(SqlState.DATETIME_VALUE_OUT_OF_RANGE, "date out of range");
    }

    /** 22008 {@code interval out of range}. */
    public static PgException intervalOutOfRange() {
        return new PgException(SqlState.DATETIME_VALUE_OUT_OF_RANGE, "interval out of range");
    }

    /** A finite timestamp checked against PostgreSQL's range. */
    public static long checkTimestamp(long t) {
        if (!isValidTimestamp(t)) {
            throw timestampOutOfRange();
        }
        return t;
    }
}

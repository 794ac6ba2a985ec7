package dev.tusk.calcite.datetime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Converts between Tusk's runtime datetime values and the java.time values tusk-types encodes and decodes
 * ({@code LocalDateTime.MAX}, {@code OffsetDateTime.MAX}, {@code LocalDate.MAX} standing for infinity).
 */
public final class JavaTimes {
    private static final long PG_EPOCH_SECONDS = PgEpoch.EPOCH_DAYS_1970 * 86_400L;

    private JavaTimes() {}

    /** A timestamp as tusk-types' LocalDateTime. */
    public static LocalDateTime timestamp(long t) {
        if (t == PgEpoch.TIMESTAMP_INFINITY) {
            return LocalDateTime.MAX;
        }
        if (t == PgEpoch.TIMESTAMP_MINUS_INFINITY) {
            return LocalDateTime.MIN;
        }
        return PgEpoch.toLocalDateTime(t);
    }

    /** tusk-types' LocalDateTime as a timestamp. */
    public static long timestamp(LocalDateTime v) {
        if (v.equals(LocalDateTime.MAX)) {
            return PgEpoch.TIMESTAMP_INFINITY;
        }
        if (v.equals(LocalDateTime.MIN)) {
            return PgEpoch.TIMESTAMP_MINUS_INFINITY;
        }
        return PgEpoch.checkTimestamp(PgEpoch.micros(v));
    }

    /** A timestamptz as tusk-types' OffsetDateTime (in UTC). */
    public static OffsetDateTime timestamptz(long t) {
        if (t == PgEpoch.TIMESTAMP_INFINITY) {
            return OffsetDateTime.MAX;
        }
        if (t == PgEpoch.TIMESTAMP_MINUS_INFINITY) {
            return OffsetDateTime.MIN;
        }
        long secs = Math.floorDiv(t, PgEpoch.USECS_PER_SEC);
        long micros = Math.floorMod(t, PgEpoch.USECS_PER_SEC);
        return Instant.ofEpochSecond(secs + PG_EPOCH_SECONDS, micros * 1000L).atOffset(ZoneOffset.UTC);
    }

    /** An OffsetDateTime, ZonedDateTime or Instant as a timestamptz; null for anything else. */
    public static Long timestamptz(Object v) {
        Instant i;
        if (v instanceof OffsetDateTime o) {
            if (o.equals(OffsetDateTime.MAX)) {
                return PgEpoch.TIMESTAMP_INFINITY;
            }
            if (o.equals(OffsetDateTime.MIN)) {
                return PgEpoch.TIMESTAMP_MINUS_INFINITY;
            }
            i = o.toInstant();
        } else if (v instanceof ZonedDateTime z) {
            i = z.toInstant();
        } else if (v instanceof Instant instant) {
            if (instant.equals(Instant.MAX)) {
                return PgEpoch.TIMESTAMP_INFINITY;
            }
            if (instant.equals(Instant.MIN)) {
                return PgEpoch.TIMESTAMP_MINUS_INFINITY;
            }
            i = instant;
        } else {
            return null;
        }
        long secs = i.getEpochSecond() - PG_EPOCH_SECONDS;
        if (Math.abs(secs) > 10_000_000_000_000L) {
            throw PgEpoch.timestampOutOfRange();
        }
        return PgEpoch.checkTimestamp(secs * PgEpoch.USECS_PER_SEC + i.getNano() / 1000);
    }

    /** A date as tusk-types' LocalDate. */
    public static LocalDate date(int d) {
        if (d == PgEpoch.DATE_INFINITY) {
            return LocalDate.MAX;
        }
        if (d == PgEpoch.DATE_MINUS_INFINITY) {
            return LocalDate.MIN;
        }
        return PgEpoch.toLocalDate(d);
    }

    /** tusk-types' LocalDate as a date. */
    public static int date(LocalDate v) {
        if (v.equals(LocalDate.MAX)) {
            return PgEpoch.DATE_INFINITY;
        }
        if (v.equals(LocalDate.MIN)) {
            return PgEpoch.DATE_MINUS_INFINITY;
        }
        long d = PgEpoch.days(v);
        if (!PgEpoch.isValidDate(d)) {
            throw PgEpoch.dateOutOfRange();
        }
        return (int) d;
    }

    /** A time of day as tusk-types' LocalTime (24:00:00 as LocalTime.MAX). */
    public static LocalTime time(long t) {
        if (t >= PgEpoch.USECS_PER_DAY) {
            return LocalTime.MAX;
        }
        return LocalTime.ofNanoOfDay(t * 1000L);
    }

    /** tusk-types' LocalTime as a time of day. */
    public static long time(LocalTime v) {
        return (v.toNanoOfDay() + 500) / 1000;
    }
}

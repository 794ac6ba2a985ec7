package dev.tusk.calcite.datetime;

import java.time.ZoneId;

/**
 * Small PostgreSQL datetime functions: isfinite, timezone() (AT TIME ZONE), and the identity functions that carry
 * a datetime value computed while planning into generated code as a plain number.
 */
public final class DatetimeMisc {
    private DatetimeMisc() {}

    /** isfinite(date). */
    public static boolean isfiniteDate(int d) {
        return !PgEpoch.isInfinite(d);
    }

    /** isfinite(timestamp) and isfinite(timestamptz). */
    public static boolean isfiniteTimestamp(long t) {
        return !PgEpoch.isInfinite(t);
    }

    /** isfinite(interval): intervals are always finite in PostgreSQL 15. */
    public static boolean isfiniteInterval(Interval v) {
        return true;
    }

    /** timezone(zone, timestamp) and {@code timestamp AT TIME ZONE zone}: the instant of that local time there. */
    public static long timezoneTimestamp(String zone, long t) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        ZoneId z = DatetimeConstructors.zone(zone);
        return PgEpoch.checkTimestamp(DatetimeSession.toUtc(t, z));
    }

    /** timezone(zone, timestamptz) and {@code timestamptz AT TIME ZONE zone}: the local time there. */
    public static long timezoneTimestamptz(String zone, long t) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        ZoneId z = DatetimeConstructors.zone(zone);
        return PgEpoch.checkTimestamp(DatetimeSession.toLocal(t, z));
    }

    /** A date held as its day number. */
    public static int date(int days) {
        return days;
    }

    /** A time, timestamp or timestamptz held as its microseconds. */
    public static long micros(long micros) {
        return micros;
    }

    /** An interval from its three fields. */
    public static Interval interval(int months, int days, long micros) {
        return new Interval(months, days, micros);
    }
}

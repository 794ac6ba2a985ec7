package dev.tusk.types.codec;

/**
 * PostgreSQL's {@code struct pg_tm} plus fractional seconds and zone, as the date/time decoders fill them:
 * year (1 BC is 0), month 1-12, day, hour, minute, second, microseconds, and the zone in PostgreSQL's sign
 * convention (seconds west of UTC).
 */
final class PgTm {
    int year;
    int mon;
    int mday;
    int hour;
    int min;
    int sec;
    int yday;
    int wday;
    int isdst = -1;
    /** Microseconds. */
    int fsec;
    /** Seconds west of UTC ({@code *tzp}). */
    int tz;

    /** Microseconds since midnight. */
    long timeOfDayMicros() {
        return (((hour * 60L + min) * 60) + sec) * 1_000_000L + fsec;
    }
}

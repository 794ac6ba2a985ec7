package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * PostgreSQL's constructors of datetime values: make_date, make_time, make_timestamp, make_timestamptz,
 * make_interval and to_timestamp(double precision), with timestamp.c's checks and messages.
 */
public final class DatetimeConstructors {
    private static final long UNIX_EPOCH_JDATE = 2_440_588;
    private static final long POSTGRES_EPOCH_JDATE = 2_451_545;

    private DatetimeConstructors() {}

    /** make_date(year, month, day); negative years are BC. */
    public static int makeDate(int year, int month, int day) {
        long d = date(
                year, month, day, "date field value out of range: %d-%02d-%02d", "date out of range: %d-%02d-%02d");
        if (!PgEpoch.isValidDate(d)) {
            throw new PgException(
                    SqlState.DATETIME_VALUE_OUT_OF_RANGE,
                    String.format(Locale.ROOT, "date out of range: %d-%02d-%02d", year, month, day));
        }
        return (int) d;
    }

    private static long date(int year, int month, int day, String fieldMessage, String rangeMessage) {
        int y = year < 0 ? year + 1 : year; // BC: 1 BC is year 0
        if (year == 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            throw new PgException(
                    SqlState.DATETIME_FIELD_OVERFLOW, String.format(Locale.ROOT, fieldMessage, year, month, day));
        }
        if (y < -4713 || y > 5_874_898) {
            throw new PgException(
                    SqlState.DATETIME_VALUE_OUT_OF_RANGE, String.format(Locale.ROOT, rangeMessage, year, month, day));
        }
        LocalDate first = LocalDate.of(y, month, 1);
        if (day > first.lengthOfMonth()) {
            throw new PgException(
                    SqlState.DATETIME_FIELD_OVERFLOW, String.format(Locale.ROOT, fieldMessage, year, month, day));
        }
        LocalDate d = first.withDayOfMonth(day);
        if (d.isBefore(LocalDate.of(-4713, 11, 24))) {
            throw new PgException(
                    SqlState.DATETIME_VALUE_OUT_OF_RANGE, String.format(Locale.ROOT, rangeMessage, year, month, day));
        }
        return PgEpoch.days(d);
    }

    private static boolean timeOverflows(int hour, int min, double sec) {
        if (hour < 0 || min < 0 || min > 59 || hour > 24) {
            return true;
        }
        if (Double.isNaN(sec) || sec < 0 || sec > 60) {
            return true;
        }
        double us = Math.rint(sec * PgEpoch.USECS_PER_SEC) + (hour * 60L + min) * 60L * PgEpoch.USECS_PER_SEC;
        return us > PgEpoch.USECS_PER_DAY;
    }

    private static long time(int hour, int min, double sec) {
        return (hour * 60L + min) * 60L * PgEpoch.USECS_PER_SEC + (long) Math.rint(sec * PgEpoch.USECS_PER_SEC);
    }

    /** make_time(hour, min, sec). */
    public static long makeTime(int hour, int min, double sec) {
        if (timeOverflows(hour, min, sec)) {
            throw new PgException(
                    SqlState.DATETIME_FIELD_OVERFLOW,
                    String.format(Locale.ROOT, "time field value out of range: %d:%02d:", hour, min) + twoG(sec));
        }
        return time(hour, min, sec);
    }

    /** make_timestamp(year, month, mday, hour, min, sec). */
    public static long makeTimestamp(int year, int month, int mday, int hour, int min, double sec) {
        long d = date(
                year, month, mday, "date field value out of range: %d-%02d-%02d", "date out of range: %d-%02d-%02d");
        if (timeOverflows(hour, min, sec)) {
            throw new PgException(
                    SqlState.DATETIME_FIELD_OVERFLOW,
                    String.format(Locale.ROOT, "time field value out of range: %d:%02d:", hour, min) + twoG(sec));
        }
        long t = d * PgEpoch.USECS_PER_DAY + time(hour, min, sec);
        if (!PgEpoch.isValidTimestamp(t)) {
            throw new PgException(
                    SqlState.DATETIME_VALUE_OUT_OF_RANGE,
                    String.format(
                                    Locale.ROOT,
                                    "timestamp out of range: %d-%02d-%02d %d:%02d:",
                                    year,
                                    month,
                                    mday,
                                    hour,
                                    min)
                            + twoG(sec));
        }
        return t;
    }

    /** make_timestamptz(year, month, mday, hour, min, sec) in the session TimeZone. */
    public static long makeTimestamptz(int year, int month, int mday, int hour, int min, double sec) {
        return DatetimeCasts.timestampToTimestamptz(makeTimestamp(year, month, mday, hour, min, sec), -1);
    }

    /** make_timestamptz(year, month, mday, hour, min, sec, timezone). */
    public static long makeTimestamptz(int year, int month, int mday, int hour, int min, double sec, String zone) {
        long local = makeTimestamp(year, month, mday, hour, min, sec);
        return PgEpoch.checkTimestamp(DatetimeSession.toUtc(local, zone(zone)));
    }

    /**
     * A time zone named in SQL: a tz database name, UTC, or a POSIX-style offset ({@code +05} is five hours
     * <em>west</em> of Greenwich, as in PostgreSQL).
     */
    static ZoneId zone(String name) {
        String n = name.trim();
        if (n.equalsIgnoreCase("utc") || n.equalsIgnoreCase("gmt") || n.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        try {
            if (n.matches("[+-]\\d{1,2}(:\\d{2}(:\\d{2})?)?")) {
                ZoneOffset east = ZoneOffset.of(n.length() == 2 ? n.charAt(0) + "0" + n.charAt(1) : n);
                return ZoneOffset.ofTotalSeconds(-east.getTotalSeconds());
            }
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(n)) {
                    return ZoneId.of(id);
                }
            }
        } catch (DateTimeException e) {
            // fall through to the error
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
    }

    /** make_interval(years, months, weeks, days, hours, mins, secs). */
    public static Interval makeInterval(int years, int months, int weeks, int days, int hours, int mins, double secs) {
        if (Double.isInfinite(secs) || Double.isNaN(secs)) {
            throw PgEpoch.intervalOutOfRange();
        }
        try {
            int m = Math.addExact(Math.multiplyExact(years, 12), months);
            int d = Math.addExact(Math.multiplyExact(weeks, 7), days);
            double us = Math.rint(secs * PgEpoch.USECS_PER_SEC);
            if (us >= 0x1p63 || us < -0x1p63) {
                throw PgEpoch.intervalOutOfRange();
            }
            long time = Math.addExact(
                    Math.addExact(
                            Math.multiplyExact((long) hours, PgEpoch.USECS_PER_HOUR),
                            Math.multiplyExact((long) mins, PgEpoch.USECS_PER_MINUTE)),
                    (long) us);
            return new Interval(m, d, time);
        } catch (ArithmeticException e) {
            throw PgEpoch.intervalOutOfRange();
        }
    }

    /** to_timestamp(double precision): seconds since 1970-01-01 UTC. */
    public static long toTimestamp(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new PgException(SqlState.DATETIME_VALUE_OUT_OF_RANGE, "timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds)) {
            return seconds < 0 ? PgEpoch.TIMESTAMP_MINUS_INFINITY : PgEpoch.TIMESTAMP_INFINITY;
        }
        double min = 86400.0 * (0 - UNIX_EPOCH_JDATE);
        double end = 86400.0 * (109_203_528 - UNIX_EPOCH_JDATE);
        if (seconds < min || seconds >= end) {
            throw new PgException(
                    SqlState.DATETIME_VALUE_OUT_OF_RANGE, "timestamp out of range: \"" + cG(seconds) + "\"");
        }
        double s = seconds - (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * 86400.0;
        long result = (long) Math.rint(s * PgEpoch.USECS_PER_SEC);
        if (!PgEpoch.isValidTimestamp(result)) {
            throw new PgException(
                    SqlState.DATETIME_VALUE_OUT_OF_RANGE, "timestamp out of range: \"" + cG(seconds) + "\"");
        }
        return result;
    }

    /** to_timestamp(text, text): not implemented. */
    public static Long toTimestamp(String text, String format) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "to_timestamp(text, text) is not supported yet");
    }

    /** C's {@code %g}: six significant digits, trailing zeros removed, exponent form outside 1e-4..1e6. */
    static String cG(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(6));
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 6) {
            BigDecimal mantissa = b.movePointLeft(exp).stripTrailingZeros();
            String e = Integer.toString(Math.abs(exp));
            return mantissa.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return b.stripTrailingZeros().toPlainString();
    }

    /** C's {@code %02g}. */
    static String twoG(double v) {
        String s = cG(v);
        return s.length() < 2 ? "0" + s : s;
    }
}

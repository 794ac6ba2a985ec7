package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * PostgreSQL's arithmetic on dates, times and timestamps: adding intervals month-, day- and microsecond-wise
 * (months and days in local time for timestamptz), differences, and age(), as in timestamp.c and date.c.
 */
public final class DatetimeArithmetic {
    private DatetimeArithmetic() {}

    // ---------------------------------------------------------------- timestamp and interval

    /** timestamp + interval (timestamp_pl_interval). */
    public static long timestampPlusInterval(long t, Interval span) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        long r = plusMonthsAndDays(t, span.months(), span.days());
        return PgEpoch.checkTimestamp(addExact(r, span.micros()));
    }

    /** interval + timestamp. */
    public static long intervalPlusTimestamp(Interval span, long t) {
        return timestampPlusInterval(t, span);
    }

    /** timestamp - interval. */
    public static long timestampMinusInterval(long t, Interval span) {
        return timestampPlusInterval(t, IntervalArithmetic.negate(span));
    }

    /** timestamptz + interval: months and days in the session TimeZone, then microseconds (timestamptz_pl_interval). */
    public static long timestamptzPlusInterval(long t, Interval span) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        long r = t;
        if (span.months() != 0 || span.days() != 0) {
            ZoneId zone = DatetimeSession.zone();
            if (span.months() != 0) {
                long local = plusMonthsAndDays(DatetimeSession.toLocal(r, zone), span.months(), 0);
                r = PgEpoch.checkTimestamp(DatetimeSession.toUtc(local, zone));
            }
            if (span.days() != 0) {
                long local = plusMonthsAndDays(DatetimeSession.toLocal(r, zone), 0, span.days());
                r = PgEpoch.checkTimestamp(DatetimeSession.toUtc(local, zone));
            }
        }
        return PgEpoch.checkTimestamp(addExact(r, span.micros()));
    }

    /** interval + timestamptz. */
    public static long intervalPlusTimestamptz(Interval span, long t) {
        return timestamptzPlusInterval(t, span);
    }

    /** timestamptz - interval. */
    public static long timestamptzMinusInterval(long t, Interval span) {
        return timestamptzPlusInterval(t, IntervalArithmetic.negate(span));
    }

    private static long plusMonthsAndDays(long t, int months, int days) {
        long r = t;
        if (months != 0) {
            LocalDateTime ldt = PgEpoch.toLocalDateTime(r);
            long year = ldt.getYear() + Math.floorDiv(ldt.getMonthValue() - 1L + months, 12);
            int month = (int) Math.floorMod(ldt.getMonthValue() - 1L + months, 12) + 1;
            if (year < -5_000_000 || year > 5_000_000) {
                throw PgEpoch.timestampOutOfRange();
            }
            LocalDate first = LocalDate.of((int) year, month, 1);
            int day = Math.min(ldt.getDayOfMonth(), first.lengthOfMonth());
            r = PgEpoch.checkTimestamp(PgEpoch.micros(LocalDateTime.of(first.withDayOfMonth(day), ldt.toLocalTime())));
        }
        if (days != 0) {
            long day = Math.floorDiv(r, PgEpoch.USECS_PER_DAY) + days;
            long tod = Math.floorMod(r, PgEpoch.USECS_PER_DAY);
            if (!PgEpoch.isValidDate(day)) {
                throw PgEpoch.timestampOutOfRange();
            }
            r = PgEpoch.checkTimestamp(day * PgEpoch.USECS_PER_DAY + tod);
        }
        return r;
    }

    private static long addExact(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw PgEpoch.timestampOutOfRange();
        }
        return r;
    }

    /** timestamp - timestamp and timestamptz - timestamptz (timestamp_mi): whole days split off the time. */
    public static Interval timestampMinusTimestamp(long a, long b) {
        if (PgEpoch.isInfinite(a) || PgEpoch.isInfinite(b)) {
            throw new PgException(SqlState.DATETIME_VALUE_OUT_OF_RANGE, "cannot subtract infinite timestamps");
        }
        long diff = a - b;
        if (((a ^ b) & (a ^ diff)) < 0) {
            throw PgEpoch.intervalOutOfRange();
        }
        return IntervalArithmetic.justifyHours(new Interval(0, 0, diff));
    }

    // ---------------------------------------------------------------- date

    /** date + integer (date_pli). */
    public static int datePlusDays(int d, int days) {
        if (PgEpoch.isInfinite(d)) {
            return d;
        }
        long r = (long) d + days;
        if (!PgEpoch.isValidDate(r)) {
            throw PgEpoch.dateOutOfRange();
        }
        return (int) r;
    }

    /** integer + date. */
    public static int daysPlusDate(int days, int d) {
        return datePlusDays(d, days);
    }

    /** date - integer (date_mii). */
    public static int dateMinusDays(int d, int days) {
        if (PgEpoch.isInfinite(d)) {
            return d;
        }
        long r = (long) d - days;
        if (!PgEpoch.isValidDate(r)) {
            throw PgEpoch.dateOutOfRange();
        }
        return (int) r;
    }

    /** date - date (date_mi): days. */
    public static int dateMinusDate(int a, int b) {
        if (PgEpoch.isInfinite(a) || PgEpoch.isInfinite(b)) {
            throw new PgException(SqlState.DATETIME_VALUE_OUT_OF_RANGE, "cannot subtract infinite dates");
        }
        return a - b;
    }

    /** date + interval: a timestamp (date_pl_interval). */
    public static long datePlusInterval(int d, Interval span) {
        return timestampPlusInterval(DatetimeCasts.dateToTimestamp(d, -1), span);
    }

    /** interval + date. */
    public static long intervalPlusDate(Interval span, int d) {
        return datePlusInterval(d, span);
    }

    /** date - interval: a timestamp (date_mi_interval). */
    public static long dateMinusInterval(int d, Interval span) {
        return timestampMinusInterval(DatetimeCasts.dateToTimestamp(d, -1), span);
    }

    /** date + time: a timestamp (datetime_timestamp). */
    public static long datePlusTime(int d, long time) {
        long t = DatetimeCasts.dateToTimestamp(d, -1);
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        return PgEpoch.checkTimestamp(t + time);
    }

    /** time + date. */
    public static long timePlusDate(long time, int d) {
        return datePlusTime(d, time);
    }

    // ---------------------------------------------------------------- time

    /** time + interval, wrapping around midnight (time_pl_interval). */
    public static long timePlusInterval(long time, Interval span) {
        long r = time + span.micros();
        r -= r / PgEpoch.USECS_PER_DAY * PgEpoch.USECS_PER_DAY;
        if (r < 0) {
            r += PgEpoch.USECS_PER_DAY;
        }
        return r;
    }

    /** interval + time. */
    public static long intervalPlusTime(Interval span, long time) {
        return timePlusInterval(time, span);
    }

    /** time - interval (time_mi_interval). */
    public static long timeMinusInterval(long time, Interval span) {
        long r = time - span.micros();
        r -= r / PgEpoch.USECS_PER_DAY * PgEpoch.USECS_PER_DAY;
        if (r < 0) {
            r += PgEpoch.USECS_PER_DAY;
        }
        return r;
    }

    /** time - time: an interval (time_mi_time). */
    public static Interval timeMinusTime(long a, long b) {
        return new Interval(0, 0, a - b);
    }

    // ---------------------------------------------------------------- age

    /** age(timestamp, timestamp): years, months and days between them, symbolically (timestamp_age). */
    public static Interval age(long a, long b) {
        if (PgEpoch.isInfinite(a) || PgEpoch.isInfinite(b)) {
            throw PgEpoch.timestampOutOfRange();
        }
        return age(PgEpoch.toLocalDateTime(a), PgEpoch.toLocalDateTime(b), a < b);
    }

    /** age(timestamptz, timestamptz), on local times in the session TimeZone (timestamptz_age). */
    public static Interval ageTz(long a, long b) {
        if (PgEpoch.isInfinite(a) || PgEpoch.isInfinite(b)) {
            throw PgEpoch.timestampOutOfRange();
        }
        ZoneId zone = DatetimeSession.zone();
        return age(
                PgEpoch.toLocalDateTime(DatetimeSession.toLocal(a, zone)),
                PgEpoch.toLocalDateTime(DatetimeSession.toLocal(b, zone)),
                a < b);
    }

    /** age(timestamp): from midnight of the current date (current_date::timestamp). */
    public static Interval age(long t) {
        return age(DatetimeCasts.dateToTimestamp(DatetimeClock.currentDate(), -1), t);
    }

    /** age(timestamptz): from midnight of the current date in the session TimeZone. */
    public static Interval ageTz(long t) {
        return ageTz(DatetimeCasts.dateToTimestamptz(DatetimeClock.currentDate(), -1), t);
    }

    private static Interval age(LocalDateTime t1, LocalDateTime t2, boolean flip) {
        long fsec = t1.getNano() / 1000 - t2.getNano() / 1000;
        long sec = t1.getSecond() - t2.getSecond();
        long min = t1.getMinute() - t2.getMinute();
        long hour = t1.getHour() - t2.getHour();
        long mday = t1.getDayOfMonth() - t2.getDayOfMonth();
        long mon = t1.getMonthValue() - t2.getMonthValue();
        long year = (long) t1.getYear() - t2.getYear();
        if (flip) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        while (fsec < 0) {
            fsec += PgEpoch.USECS_PER_SEC;
            sec--;
        }
        while (sec < 0) {
            sec += 60;
            min--;
        }
        while (min < 0) {
            min += 60;
            hour--;
        }
        while (hour < 0) {
            hour += 24;
            mday--;
        }
        while (mday < 0) {
            LocalDateTime base = flip ? t1 : t2;
            mday += base.toLocalDate().lengthOfMonth();
            mon--;
        }
        while (mon < 0) {
            mon += 12;
            year--;
        }
        if (flip) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        long months = year * 12 + mon;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw PgEpoch.intervalOutOfRange();
        }
        long time = ((hour * 60 + min) * 60 + sec) * PgEpoch.USECS_PER_SEC + fsec;
        return new Interval((int) months, (int) mday, time);
    }
}

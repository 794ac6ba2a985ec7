package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;

/** PostgreSQL's interval operators: +, -, unary -, * float8, / float8, as in timestamp.c. */
public final class IntervalArithmetic {
    private static final double DAYS_PER_MONTH = 30.0;
    private static final double SECS_PER_DAY = 86400.0;

    private IntervalArithmetic() {}

    private static int addInt(int a, int b) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw PgEpoch.intervalOutOfRange();
        }
        return r;
    }

    private static long addLong(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw PgEpoch.intervalOutOfRange();
        }
        return r;
    }

    /** interval + interval (interval_pl). */
    public static Interval plus(Interval a, Interval b) {
        return new Interval(
                addInt(a.months(), b.months()), addInt(a.days(), b.days()), addLong(a.micros(), b.micros()));
    }

    /** interval - interval (interval_mi). */
    public static Interval minus(Interval a, Interval b) {
        return plus(a, negate(b));
    }

    /** - interval (interval_um). */
    public static Interval negate(Interval a) {
        if (a.months() == Integer.MIN_VALUE || a.days() == Integer.MIN_VALUE || a.micros() == Long.MIN_VALUE) {
            throw PgEpoch.intervalOutOfRange();
        }
        return new Interval(-a.months(), -a.days(), -a.micros());
    }

    /** + interval. */
    public static Interval identity(Interval a) {
        return a;
    }

    private static double tsround(double j) {
        return Math.rint(j * 1_000_000.0) / 1_000_000.0;
    }

    private static int toInt32(double d) {
        if (Double.isNaN(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            throw PgEpoch.intervalOutOfRange();
        }
        return (int) d;
    }

    /** interval * float8 (interval_mul), cascading fractional months and days down. */
    public static Interval times(Interval span, double factor) {
        int origMonth = span.months();
        int origDay = span.days();
        int month = toInt32(origMonth * factor);
        int day = toInt32(origDay * factor);
        double monthRemainderDays = tsround((origMonth * factor - month) * DAYS_PER_MONTH);
        double secRemainder =
                tsround((origDay * factor - day + monthRemainderDays - (int) monthRemainderDays) * SECS_PER_DAY);
        if (Math.abs(secRemainder) >= SECS_PER_DAY) {
            day = addInt(day, (int) (secRemainder / SECS_PER_DAY));
            secRemainder -= (int) (secRemainder / SECS_PER_DAY) * SECS_PER_DAY;
        }
        day = addInt(day, (int) monthRemainderDays);
        double time = Math.rint(span.micros() * factor + secRemainder * PgEpoch.USECS_PER_SEC);
        if (Double.isNaN(time) || time >= 0x1p63 || time < -0x1p63) {
            throw PgEpoch.intervalOutOfRange();
        }
        return new Interval(month, day, (long) time);
    }

    /** float8 * interval. */
    public static Interval timesReversed(double factor, Interval span) {
        return times(span, factor);
    }

    /** interval / float8 (interval_div). */
    public static Interval divide(Interval span, double factor) {
        if (factor == 0.0) {
            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        int origMonth = span.months();
        int origDay = span.days();
        int month = (int) (origMonth / factor);
        int day = (int) (origDay / factor);
        double monthRemainderDays = tsround((origMonth / factor - month) * DAYS_PER_MONTH);
        double secRemainder =
                tsround((origDay / factor - day + monthRemainderDays - (int) monthRemainderDays) * SECS_PER_DAY);
        if (Math.abs(secRemainder) >= SECS_PER_DAY) {
            day += (int) (secRemainder / SECS_PER_DAY);
            secRemainder -= (int) (secRemainder / SECS_PER_DAY) * SECS_PER_DAY;
        }
        day += (int) monthRemainderDays;
        double time = Math.rint(span.micros() / factor + secRemainder * PgEpoch.USECS_PER_SEC);
        if (Double.isNaN(time) || time >= 0x1p63 || time < -0x1p63) {
            throw PgEpoch.intervalOutOfRange();
        }
        return new Interval(month, day, (long) time);
    }

    /** justify_hours: moves whole days of the time field into days, keeping the two fields' signs equal. */
    public static Interval justifyHours(Interval span) {
        long time = span.micros();
        long wholeDay = time / PgEpoch.USECS_PER_DAY;
        time -= wholeDay * PgEpoch.USECS_PER_DAY;
        long days = span.days() + wholeDay;
        if (days > Integer.MAX_VALUE || days < Integer.MIN_VALUE) {
            throw PgEpoch.intervalOutOfRange();
        }
        if (days > 0 && time < 0) {
            time += PgEpoch.USECS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= PgEpoch.USECS_PER_DAY;
            days++;
        }
        return new Interval(span.months(), (int) days, time);
    }

    /** justify_days: moves whole 30-day months of the days field into months. */
    public static Interval justifyDays(Interval span) {
        int wholeMonth = span.days() / 30;
        int days = span.days() - wholeMonth * 30;
        int months = addInt(span.months(), wholeMonth);
        if (months > 0 && days < 0) {
            days += 30;
            months--;
        } else if (months < 0 && days > 0) {
            days -= 30;
            months++;
        }
        return new Interval(months, days, span.micros());
    }

    /** justify_interval: justify_days and justify_hours with one sign throughout. */
    public static Interval justifyInterval(Interval span) {
        long time = span.micros();
        long wholeDay = time / PgEpoch.USECS_PER_DAY;
        time -= wholeDay * PgEpoch.USECS_PER_DAY;
        long days = span.days() + wholeDay;
        long wholeMonth = days / 30;
        days -= wholeMonth * 30;
        long months = span.months() + wholeMonth;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE || days > Integer.MAX_VALUE) {
            throw PgEpoch.intervalOutOfRange();
        }
        if (months > 0 && (days < 0 || (days == 0 && time < 0))) {
            days += 30;
            months--;
        } else if (months < 0 && (days > 0 || (days == 0 && time > 0))) {
            days -= 30;
            months++;
        }
        if (days > 0 && time < 0) {
            time += PgEpoch.USECS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= PgEpoch.USECS_PER_DAY;
            days++;
        }
        return new Interval((int) months, (int) days, time);
    }

    /** interval &lt; interval, by span as PostgreSQL compares (interval_lt). */
    public static boolean lt(Interval a, Interval b) {
        return a.compareTo(b) < 0;
    }

    /** interval &lt;= interval. */
    public static boolean le(Interval a, Interval b) {
        return a.compareTo(b) <= 0;
    }

    /** interval &gt; interval. */
    public static boolean gt(Interval a, Interval b) {
        return a.compareTo(b) > 0;
    }

    /** interval &gt;= interval. */
    public static boolean ge(Interval a, Interval b) {
        return a.compareTo(b) >= 0;
    }

    /** interval = interval ('1 mon' equals '30 days'). */
    public static boolean eq(Interval a, Interval b) {
        return a.compareTo(b) == 0;
    }

    /** interval &lt;&gt; interval. */
    public static boolean ne(Interval a, Interval b) {
        return a.compareTo(b) != 0;
    }
}

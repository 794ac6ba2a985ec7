package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * EXTRACT (numeric), date_part (double precision) and date_trunc on dates, times, timestamps, timestamptz (in the
 * session TimeZone) and intervals, as PostgreSQL 15's timestamp_part_common, extract_date, time_part_common,
 * interval_part_common, timestamp_trunc, timestamptz_trunc and interval_trunc compute them.
 */
public final class DatetimeFields {
    private static final String TIMESTAMP = "timestamp without time zone";
    private static final String TIMESTAMPTZ = "timestamp with time zone";
    private static final String DATE = "date";
    private static final String TIME = "time without time zone";
    private static final String INTERVAL = "interval";
    private static final long UNIX_EPOCH_JDATE = 2_440_588;
    /** 1970-01-01 in microseconds since 2000-01-01 (SetEpochTimestamp). */
    private static final long EPOCH = -PgEpoch.EPOCH_DAYS_1970 * PgEpoch.USECS_PER_DAY;

    private DatetimeFields() {}

    /** A field's value: exact (for EXTRACT) and as PostgreSQL's float arithmetic gives it (for date_part). */
    private record Part(BigDecimal exact, double approx, int special) {
        static final Part NULL = new Part(null, 0, 1);
        static final Part INFINITY = new Part(null, Double.POSITIVE_INFINITY, 2);
        static final Part MINUS_INFINITY = new Part(null, Double.NEGATIVE_INFINITY, 3);

        static Part of(long v) {
            return new Part(BigDecimal.valueOf(v), v, 0);
        }

        static Part of(long unscaled, int scale, double approx) {
            return new Part(BigDecimal.valueOf(unscaled, scale), approx, 0);
        }

        BigDecimal numeric() {
            if (special == 1) {
                return null;
            }
            if (special > 1) {
                throw new PgException(
                        SqlState.FEATURE_NOT_SUPPORTED,
                        "numeric " + (special == 2 ? "Infinity" : "-Infinity") + " is not supported yet");
            }
            return exact;
        }

        Double float8() {
            return special == 1 ? null : approx;
        }
    }

    // ---------------------------------------------------------------- EXTRACT / date_part

    /** EXTRACT(field FROM timestamp). */
    public static BigDecimal extractTimestamp(String units, long t) {
        return timestampPart(units, t, false).numeric();
    }

    /** date_part(text, timestamp). */
    public static Double datePartTimestamp(String units, long t) {
        return timestampPart(units, t, false).float8();
    }

    /** EXTRACT(field FROM timestamptz), in the session TimeZone. */
    public static BigDecimal extractTimestamptz(String units, long t) {
        return timestampPart(units, t, true).numeric();
    }

    /** date_part(text, timestamptz). */
    public static Double datePartTimestamptz(String units, long t) {
        return timestampPart(units, t, true).float8();
    }

    /** EXTRACT(field FROM date). */
    public static BigDecimal extractDate(String units, int d) {
        return datePart(units, d).numeric();
    }

    /** date_part(text, date): PostgreSQL casts the date to timestamp. */
    public static Double datePartDate(String units, int d) {
        return timestampPart(units, DatetimeCasts.dateToTimestamp(d, -1), false).float8();
    }

    /** EXTRACT(field FROM time). */
    public static BigDecimal extractTime(String units, long t) {
        return timePart(units, t).numeric();
    }

    /** date_part(text, time). */
    public static Double datePartTime(String units, long t) {
        return timePart(units, t).float8();
    }

    /** EXTRACT(field FROM interval). */
    public static BigDecimal extractInterval(String units, Interval v) {
        return intervalPart(units, v).numeric();
    }

    /** date_part(text, interval). */
    public static Double datePartInterval(String units, Interval v) {
        return intervalPart(units, v).float8();
    }

    private static Part timestampPart(String units, long t, boolean tz) {
        String low = DatetimeUnits.lower(units);
        String typeName = tz ? TIMESTAMPTZ : TIMESTAMP;
        DatetimeUnits u = DatetimeUnits.of(low, typeName);
        if (PgEpoch.isInfinite(t)) {
            return switch (u) {
                case MICROSECOND,
                        MILLISECOND,
                        SECOND,
                        MINUTE,
                        HOUR,
                        DAY,
                        MONTH,
                        QUARTER,
                        WEEK,
                        DOW,
                        ISODOW,
                        DOY,
                        TIMEZONE,
                        TIMEZONE_HOUR,
                        TIMEZONE_MINUTE -> Part.NULL;
                case YEAR, DECADE, CENTURY, MILLENNIUM, JULIAN, ISOYEAR, EPOCH ->
                    t < 0 ? Part.MINUS_INFINITY : Part.INFINITY;
                default -> throw DatetimeUnits.notSupported(low, typeName);
            };
        }
        int offset = 0;
        long local = t;
        if (tz) {
            ZoneId zone = DatetimeSession.zone();
            offset = DatetimeSession.offsetSeconds(t, zone);
            local = t + offset * PgEpoch.USECS_PER_SEC;
        }
        LocalDateTime ldt = PgEpoch.toLocalDateTime(local);
        long fsec = Math.floorMod(local, PgEpoch.USECS_PER_SEC);
        int sec = ldt.getSecond();
        int year = ldt.getYear();
        LocalDate date = ldt.toLocalDate();
        return switch (u) {
            case MICROSECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + fsec);
            case MILLISECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + fsec, 3, sec * 1000.0 + fsec / 1000.0);
            case SECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + fsec, 6, sec + fsec / 1000000.0);
            case MINUTE -> Part.of(ldt.getMinute());
            case HOUR -> Part.of(ldt.getHour());
            case DAY -> Part.of(ldt.getDayOfMonth());
            case MONTH -> Part.of(ldt.getMonthValue());
            case QUARTER -> Part.of((ldt.getMonthValue() - 1) / 3 + 1);
            case WEEK -> Part.of(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case YEAR -> Part.of(year > 0 ? year : year - 1L);
            case DECADE -> Part.of(decade(year));
            case CENTURY -> Part.of(century(year));
            case MILLENNIUM -> Part.of(millennium(year));
            case JULIAN -> julian(date, Math.floorMod(local, PgEpoch.USECS_PER_DAY), ldt, fsec);
            case ISOYEAR -> Part.of(isoYear(date));
            case DOW -> Part.of(date.getDayOfWeek().getValue() % 7);
            case ISODOW -> Part.of(date.getDayOfWeek().getValue());
            case DOY -> Part.of(date.getDayOfYear());
            case TIMEZONE -> {
                if (!tz) {
                    throw DatetimeUnits.notSupported(low, typeName);
                }
                yield Part.of(offset);
            }
            case TIMEZONE_HOUR -> {
                if (!tz) {
                    throw DatetimeUnits.notSupported(low, typeName);
                }
                yield Part.of(offset / 3600);
            }
            case TIMEZONE_MINUTE -> {
                if (!tz) {
                    throw DatetimeUnits.notSupported(low, typeName);
                }
                yield Part.of((offset / 60) % 60);
            }
            case EPOCH -> {
                double approx = t < Long.MAX_VALUE + EPOCH ? (t - EPOCH) / 1000000.0 : ((double) t - EPOCH) / 1000000.0;
                yield new Part(BigDecimal.valueOf(t, 6).subtract(BigDecimal.valueOf(EPOCH, 6)), approx, 0);
            }
            default -> throw DatetimeUnits.notSupported(low, typeName);
        };
    }

    private static long decade(long year) {
        return year >= 0 ? year / 10 : -((8 - (year - 1)) / 10);
    }

    private static long century(long year) {
        return year > 0 ? (year + 99) / 100 : -((99 - (year - 1)) / 100);
    }

    private static long millennium(long year) {
        return year > 0 ? (year + 999) / 1000 : -((999 - (year - 1)) / 1000);
    }

    private static long isoYear(LocalDate date) {
        long y = date.get(IsoFields.WEEK_BASED_YEAR);
        return y <= 0 ? y - 1 : y;
    }

    private static Part julian(LocalDate date, long timeOfDay, LocalDateTime ldt, long fsec) {
        long jd = date.toEpochDay() + UNIX_EPOCH_JDATE;
        BigDecimal exact = new BigDecimal(jd)
                .add(divide(BigInteger.valueOf(timeOfDay), BigInteger.valueOf(PgEpoch.USECS_PER_DAY)));
        double approx =
                jd + (((ldt.getHour() * 60 + ldt.getMinute()) * 60 + ldt.getSecond()) + fsec / 1000000.0) / 86400.0;
        return new Part(exact, approx, 0);
    }

    /** Integer division as PostgreSQL's numeric_div rounds it (select_div_scale: at least 16 significant digits). */
    private static BigDecimal divide(BigInteger a, BigInteger b) {
        int qweight = weight(a) - weight(b);
        if (firstDigit(a) <= firstDigit(b)) {
            qweight--;
        }
        int rscale = Math.min(Math.max(16 - qweight * 4, 0), 1000);
        return new BigDecimal(a).divide(new BigDecimal(b), rscale, RoundingMode.HALF_UP);
    }

    private static int weight(BigInteger v) {
        return v.signum() == 0 ? 0 : (v.abs().toString().length() - 1) / 4;
    }

    private static int firstDigit(BigInteger v) {
        return v.signum() == 0
                ? 0
                : v.abs().divide(BigInteger.TEN.pow(weight(v) * 4)).intValue();
    }

    private static Part datePart(String units, int d) {
        String low = DatetimeUnits.lower(units);
        DatetimeUnits u = DatetimeUnits.of(low, DATE);
        if (PgEpoch.isInfinite(d)) {
            return switch (u) {
                case DAY, MONTH, QUARTER, WEEK, DOW, ISODOW, DOY -> Part.NULL;
                case YEAR, DECADE, CENTURY, MILLENNIUM, JULIAN, ISOYEAR, EPOCH ->
                    d < 0 ? Part.MINUS_INFINITY : Part.INFINITY;
                default -> throw DatetimeUnits.notSupported(low, DATE);
            };
        }
        LocalDate date = PgEpoch.toLocalDate(d);
        int year = date.getYear();
        return switch (u) {
            case DAY -> Part.of(date.getDayOfMonth());
            case MONTH -> Part.of(date.getMonthValue());
            case QUARTER -> Part.of((date.getMonthValue() - 1) / 3 + 1);
            case WEEK -> Part.of(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case YEAR -> Part.of(year > 0 ? year : year - 1L);
            case DECADE -> Part.of(decade(year));
            case CENTURY -> Part.of(century(year));
            case MILLENNIUM -> Part.of(millennium(year));
            case ISOYEAR -> Part.of(isoYear(date));
            case DOW -> Part.of(date.getDayOfWeek().getValue() % 7);
            case ISODOW -> Part.of(date.getDayOfWeek().getValue());
            case DOY -> Part.of(date.getDayOfYear());
            case JULIAN -> Part.of(date.toEpochDay() + UNIX_EPOCH_JDATE);
            case EPOCH -> Part.of((date.toEpochDay()) * 86_400L);
            default -> throw DatetimeUnits.notSupported(low, DATE);
        };
    }

    private static Part timePart(String units, long t) {
        String low = DatetimeUnits.lower(units);
        DatetimeUnits u = DatetimeUnits.of(low, TIME);
        long secs = t / PgEpoch.USECS_PER_SEC;
        long fsec = t % PgEpoch.USECS_PER_SEC;
        long sec = secs % 60;
        return switch (u) {
            case MICROSECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + fsec);
            case MILLISECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + fsec, 3, sec * 1000.0 + fsec / 1000.0);
            case SECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + fsec, 6, sec + fsec / 1000000.0);
            case MINUTE -> Part.of(secs / 60 % 60);
            case HOUR -> Part.of(secs / 3600);
            case EPOCH -> Part.of(t, 6, t / 1000000.0);
            default -> throw DatetimeUnits.notSupported(low, TIME);
        };
    }

    private static Part intervalPart(String units, Interval v) {
        String low = DatetimeUnits.lower(units);
        DatetimeUnits u = DatetimeUnits.of(low, INTERVAL);
        long years = v.months() / 12;
        long mons = v.months() % 12;
        long time = v.micros();
        long hour = time / PgEpoch.USECS_PER_HOUR;
        time -= hour * PgEpoch.USECS_PER_HOUR;
        long min = time / PgEpoch.USECS_PER_MINUTE;
        time -= min * PgEpoch.USECS_PER_MINUTE;
        long sec = time / PgEpoch.USECS_PER_SEC;
        long usec = time - sec * PgEpoch.USECS_PER_SEC;
        return switch (u) {
            case MICROSECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + usec);
            case MILLISECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + usec, 3, sec * 1000.0 + usec / 1000.0);
            case SECOND -> Part.of(sec * PgEpoch.USECS_PER_SEC + usec, 6, sec + usec / 1000000.0);
            case MINUTE -> Part.of(min);
            case HOUR -> Part.of(hour);
            case DAY -> Part.of(v.days());
            case MONTH -> Part.of(mons);
            case QUARTER -> Part.of(mons / 3 + 1);
            case YEAR -> Part.of(years);
            case DECADE -> Part.of(years / 10);
            case CENTURY -> Part.of(years / 100);
            case MILLENNIUM -> Part.of(years / 1000);
            case EPOCH -> {
                long secsFromDayMonth =
                        (1461L * (v.months() / 12) + 120L * (v.months() % 12) + 4L * v.days()) * (86_400L / 4);
                BigDecimal exact = BigDecimal.valueOf(v.micros(), 6).add(BigDecimal.valueOf(secsFromDayMonth));
                exact = exact.setScale(6, RoundingMode.UNNECESSARY);
                double approx = v.micros() / 1000000.0;
                approx += (365.25 * 86400.0) * (v.months() / 12);
                approx += (30.0 * 86400.0) * (v.months() % 12);
                approx += 86400.0 * v.days();
                yield new Part(exact, approx, 0);
            }
            default -> {
                if (u == DatetimeUnits.WEEK) {
                    throw PgException.builder(
                                    SqlState.FEATURE_NOT_SUPPORTED,
                                    "unit \"" + low + "\" not supported for type interval")
                            .detail("Months usually have fractional weeks.")
                            .build();
                }
                throw DatetimeUnits.notSupported(low, INTERVAL);
            }
        };
    }

    // ---------------------------------------------------------------- date_trunc

    /** date_trunc(text, timestamp). */
    public static long truncTimestamp(String units, long t) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        String low = DatetimeUnits.lower(units);
        return PgEpoch.checkTimestamp(truncLocal(low, DatetimeUnits.of(low, TIMESTAMP), t, TIMESTAMP));
    }

    /** date_trunc(text, timestamptz): truncated in the session TimeZone. */
    public static long truncTimestamptz(String units, long t) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        String low = DatetimeUnits.lower(units);
        DatetimeUnits u = DatetimeUnits.of(low, TIMESTAMPTZ);
        ZoneId zone = DatetimeSession.zone();
        int offset = DatetimeSession.offsetSeconds(t, zone);
        long local = truncLocal(low, u, t + offset * PgEpoch.USECS_PER_SEC, TIMESTAMPTZ);
        boolean redoZone = u.compareTo(DatetimeUnits.DAY) >= 0;
        long r = redoZone ? DatetimeSession.toUtc(local, zone) : local - offset * PgEpoch.USECS_PER_SEC;
        return PgEpoch.checkTimestamp(r);
    }

    private static long truncLocal(String low, DatetimeUnits u, long t, String typeName) {
        LocalDateTime ldt = PgEpoch.toLocalDateTime(t);
        long fsec = Math.floorMod(t, PgEpoch.USECS_PER_SEC);
        int year = ldt.getYear();
        int month = ldt.getMonthValue();
        int day = ldt.getDayOfMonth();
        int hour = ldt.getHour();
        int minute = ldt.getMinute();
        int second = ldt.getSecond();
        switch (u) {
            case WEEK -> {
                LocalDate monday =
                        ldt.toLocalDate().minusDays(ldt.getDayOfWeek().getValue() - 1L);
                return PgEpoch.days(monday) * PgEpoch.USECS_PER_DAY;
            }
            case MILLENNIUM, CENTURY, DECADE, YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE, SECOND -> {
                if (u == DatetimeUnits.MILLENNIUM) {
                    year = year > 0 ? ((year + 999) / 1000) * 1000 - 999 : -((999 - (year - 1)) / 1000) * 1000 + 1;
                }
                if (u == DatetimeUnits.MILLENNIUM || u == DatetimeUnits.CENTURY) {
                    year = year > 0 ? ((year + 99) / 100) * 100 - 99 : -((99 - (year - 1)) / 100) * 100 + 1;
                }
                if (u == DatetimeUnits.DECADE) {
                    year = year > 0 ? (year / 10) * 10 : -((8 - (year - 1)) / 10) * 10;
                }
                if (u.compareTo(DatetimeUnits.YEAR) >= 0) {
                    month = 1;
                }
                if (u.compareTo(DatetimeUnits.QUARTER) >= 0) {
                    month = 3 * ((month - 1) / 3) + 1;
                }
                if (u.compareTo(DatetimeUnits.MONTH) >= 0) {
                    day = 1;
                }
                if (u.compareTo(DatetimeUnits.DAY) >= 0) {
                    hour = 0;
                }
                if (u.compareTo(DatetimeUnits.HOUR) >= 0) {
                    minute = 0;
                }
                if (u.compareTo(DatetimeUnits.MINUTE) >= 0) {
                    second = 0;
                }
                fsec = 0;
            }
            case MILLISECOND -> fsec = (fsec / 1000) * 1000;
            case MICROSECOND -> {}
            default -> throw DatetimeUnits.notSupported(low, typeName);
        }
        LocalDate date = LocalDate.of(year, month, day);
        return PgEpoch.days(date) * PgEpoch.USECS_PER_DAY
                + ((hour * 60L + minute) * 60 + second) * PgEpoch.USECS_PER_SEC
                + fsec;
    }

    /** date_trunc(text, interval). */
    public static Interval truncInterval(String units, Interval v) {
        String low = DatetimeUnits.lower(units);
        DatetimeUnits u = DatetimeUnits.of(low, INTERVAL);
        int years = v.months() / 12;
        int mons = v.months() % 12;
        int days = v.days();
        long time = v.micros();
        long hour = time / PgEpoch.USECS_PER_HOUR;
        time -= hour * PgEpoch.USECS_PER_HOUR;
        long min = time / PgEpoch.USECS_PER_MINUTE;
        time -= min * PgEpoch.USECS_PER_MINUTE;
        long sec = time / PgEpoch.USECS_PER_SEC;
        long usec = time - sec * PgEpoch.USECS_PER_SEC;
        switch (u) {
            case MILLENNIUM, CENTURY, DECADE, YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE, SECOND -> {
                if (u == DatetimeUnits.MILLENNIUM) {
                    years = (years / 1000) * 1000;
                }
                if (u.compareTo(DatetimeUnits.CENTURY) >= 0) {
                    years = (years / 100) * 100;
                }
                if (u.compareTo(DatetimeUnits.DECADE) >= 0) {
                    years = (years / 10) * 10;
                }
                if (u.compareTo(DatetimeUnits.YEAR) >= 0) {
                    mons = 0;
                }
                if (u.compareTo(DatetimeUnits.QUARTER) >= 0) {
                    mons = 3 * (mons / 3);
                }
                if (u.compareTo(DatetimeUnits.MONTH) >= 0) {
                    days = 0;
                }
                if (u.compareTo(DatetimeUnits.DAY) >= 0) {
                    hour = 0;
                }
                if (u.compareTo(DatetimeUnits.HOUR) >= 0) {
                    min = 0;
                }
                if (u.compareTo(DatetimeUnits.MINUTE) >= 0) {
                    sec = 0;
                }
                usec = 0;
            }
            case MILLISECOND -> usec = (usec / 1000) * 1000;
            case MICROSECOND -> {}
            default -> {
                if (u == DatetimeUnits.WEEK) {
                    throw PgException.builder(
                                    SqlState.FEATURE_NOT_SUPPORTED,
                                    "unit \"" + low + "\" not supported for type interval")
                            .detail("Months usually have fractional weeks.")
                            .build();
                }
                throw DatetimeUnits.notSupported(low, INTERVAL);
            }
        }
        long micros = ((hour * 60 + min) * 60 + sec) * PgEpoch.USECS_PER_SEC + usec;
        return new Interval(years * 12 + mons, days, micros);
    }
}

package dev.tusk.types.codec;

import static dev.tusk.types.codec.DateTimeKeywords.AGO;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_CENTURY;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DATE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DAY;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DECADE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_HOUR;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MICROSEC;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MILLENNIUM;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MILLISEC;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MINUTE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MONTH;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_NUMBER;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_SECOND;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_SPECIAL;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_STRING;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TIME;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TZ;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_WEEK;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_YEAR;
import static dev.tusk.types.codec.DateTimeKeywords.IGNORE_DTF;
import static dev.tusk.types.codec.DateTimeKeywords.UNITS;

import dev.tusk.types.IntervalStyle;
import dev.tusk.types.PgInterval;
import dev.tusk.types.PgTypeException;

/**
 * PostgreSQL 15's {@code interval_in}: {@code DecodeInterval} over the fields of {@link DateTimeFields}
 * (read right to left so units come before their numbers; a bare trailing number is seconds; {@code ago}
 * anywhere negates everything; the SQL-standard style's leading minus applies to all fields), falling back to
 * {@code DecodeISO8601Interval} ({@code P1Y2M3DT4H5M6S} and the alternative {@code P0001-02-03T04:05:06}).
 * Years, months, days and microseconds accumulate in int32/int64 with PostgreSQL's overflow checks.
 */
final class IntervalDecoder {
    private static final long USECS_PER_HOUR = 3_600_000_000L;
    private static final long USECS_PER_MINUTE = 60_000_000L;
    private static final long USECS_PER_SEC = 1_000_000L;
    private static final long USECS_PER_DAY = 86_400_000_000L;
    private static final int DAYS_PER_MONTH = 30;

    private int year;
    private int mon;
    private int mday;
    private long usec;

    private IntervalDecoder() {}

    /** interval_in with typmod -1; errors as PostgreSQL raises them for {@code orig}. */
    static PgInterval parse(String orig, IntervalStyle style) {
        IntervalDecoder d = new IntervalDecoder();
        int dterr;
        try {
            DateTimeFields f = DateTimeFields.parse(orig, DateTimeFields.BUF_INTERVAL);
            d.decodeInterval(f, style == IntervalStyle.SQL_STANDARD);
            dterr = 0;
        } catch (DateTimeError e) {
            dterr = e.code;
        }
        if (dterr == DateTimeError.BAD_FORMAT) {
            d = new IntervalDecoder();
            try {
                d.decodeIso8601(orig);
                dterr = 0;
            } catch (DateTimeError e) {
                dterr = e.code;
            }
        }
        if (dterr != 0) {
            if (dterr == DateTimeError.FIELD_OVERFLOW) {
                dterr = DateTimeError.INTERVAL_OVERFLOW;
            }
            throw DateTimeError.of(dterr).toException(orig, "interval");
        }
        long months = (long) d.year * 12 + d.mon;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        return new PgInterval((int) months, d.mday, d.usec);
    }

    private static DateTimeError overflow() {
        return DateTimeError.fieldOverflow();
    }

    // ---------------------------------------------------------------- accumulation (AdjustXxx)

    private void multiplyAdd(long val, long multiplier) {
        try {
            usec = Math.addExact(usec, Math.multiplyExact(val, multiplier));
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    /** AdjustFractMicroseconds: frac * scale, rounded half away from... toward the nearest, ties toward zero. */
    private void fractMicroseconds(double frac, long scale) {
        if (frac == 0) {
            return;
        }
        frac *= scale;
        long us = (long) frac;
        frac -= us;
        if (frac > 0.5) {
            us++;
        } else if (frac < -0.5) {
            us--;
        }
        try {
            usec = Math.addExact(usec, us);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void fractDays(double frac, int scale) {
        if (frac == 0) {
            return;
        }
        frac *= scale;
        int extra = (int) frac;
        try {
            mday = Math.addExact(mday, extra);
        } catch (ArithmeticException e) {
            throw overflow();
        }
        frac -= extra;
        fractMicroseconds(frac, USECS_PER_DAY);
    }

    private void fractYears(double frac, int scale) {
        int extra = (int) Math.rint(frac * scale * 12);
        try {
            mon = Math.addExact(mon, extra);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void microseconds(long val, double fval, long scale) {
        multiplyAdd(val, scale);
        fractMicroseconds(fval, scale);
    }

    private void days(long val, int scale) {
        if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
            throw overflow();
        }
        try {
            mday = Math.addExact(mday, Math.multiplyExact((int) val, scale));
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void months(long val) {
        if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
            throw overflow();
        }
        try {
            mon = Math.addExact(mon, (int) val);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void years(long val, int scale) {
        if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
            throw overflow();
        }
        try {
            year = Math.addExact(year, Math.multiplyExact((int) val, scale));
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    // ---------------------------------------------------------------- DecodeInterval

    /** DecodeTimeForInterval: hh:mm[:ss[.fff]] (or mm:ss.fff) into microseconds. */
    private void timeField(String s) {
        long[] t = DateFields.decodeTimeCommon(s, false);
        usec = t[3];
        multiplyAdd(t[0], USECS_PER_HOUR);
        multiplyAdd(t[1], USECS_PER_MINUTE);
        multiplyAdd(t[2], USECS_PER_SEC);
    }

    private void decodeInterval(DateTimeFields f, boolean sqlStandard) {
        String[] field = f.field;
        int[] ftype = f.ftype;
        int nf = f.nf;
        boolean forceNegative = false;
        boolean isBefore = false;
        int fmask = 0;
        int type = IGNORE_DTF;
        if (sqlStandard && nf > 0 && field[0].charAt(0) == '-') {
            forceNegative = true;
            for (int i = 1; i < nf; i++) {
                if (field[i].charAt(0) == '-' || field[i].charAt(0) == '+') {
                    forceNegative = false;
                    break;
                }
            }
        }
        for (int i = nf - 1; i >= 0; i--) {
            int tmask;
            int ft = ftype[i];
            if (ft == DTK_TIME) {
                timeField(field[i]);
                if (forceNegative && usec > 0) {
                    usec = -usec;
                }
                type = DTK_DAY;
                tmask = DateTimeKeywords.DTK_TIME_M;
            } else if (ft == DTK_TZ && field[i].indexOf(':', 1) >= 0 && signedTime(field[i])) {
                if (forceNegative && usec > 0) {
                    usec = -usec;
                }
                type = DTK_DAY;
                tmask = DateTimeKeywords.DTK_TIME_M;
            } else if (ft == DTK_TZ || ft == DTK_DATE || ft == DTK_NUMBER) {
                if (type == IGNORE_DTF) {
                    type = DTK_SECOND;
                }
                String s = field[i];
                DateFields.Num n = DateFields.strtol(s, 0, false);
                if (n.range()) {
                    throw overflow();
                }
                long val = n.value();
                int cp = n.end();
                double fval;
                if (cp < s.length() && s.charAt(cp) == '-') {
                    DateFields.Num n2 = DateFields.strtol(s, cp + 1, true);
                    long val2 = n2.value();
                    if (n2.range() || val2 < 0 || val2 >= 12) {
                        throw overflow();
                    }
                    if (n2.end() != s.length()) {
                        throw DateTimeError.badFormat();
                    }
                    type = DTK_MONTH;
                    if (s.charAt(0) == '-') {
                        val2 = -val2;
                    }
                    try {
                        val = Math.addExact(Math.multiplyExact(val, 12), val2);
                    } catch (ArithmeticException e) {
                        throw overflow();
                    }
                    fval = 0;
                } else if (cp < s.length() && s.charAt(cp) == '.') {
                    fval = DateFields.parseFraction(s, cp);
                    if (s.charAt(0) == '-') {
                        fval = -fval;
                    }
                } else if (cp == s.length()) {
                    fval = 0;
                } else {
                    throw DateTimeError.badFormat();
                }
                if (forceNegative) {
                    if (val > 0) {
                        val = -val;
                    }
                    if (fval > 0) {
                        fval = -fval;
                    }
                }
                switch (type) {
                    case DTK_MICROSEC -> {
                        microseconds(val, fval, 1);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.MICROSECOND);
                    }
                    case DTK_MILLISEC -> {
                        microseconds(val, fval, 1000);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.MILLISECOND);
                    }
                    case DTK_SECOND -> {
                        microseconds(val, fval, USECS_PER_SEC);
                        tmask = fval == 0
                                ? DateTimeKeywords.m(DateTimeKeywords.SECOND)
                                : DateTimeKeywords.DTK_ALL_SECS_M;
                    }
                    case DTK_MINUTE -> {
                        microseconds(val, fval, USECS_PER_MINUTE);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.MINUTE);
                    }
                    case DTK_HOUR -> {
                        microseconds(val, fval, USECS_PER_HOUR);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.HOUR);
                        type = DTK_DAY;
                    }
                    case DTK_DAY -> {
                        days(val, 1);
                        fractMicroseconds(fval, USECS_PER_DAY);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.DAY);
                    }
                    case DTK_WEEK -> {
                        days(val, 7);
                        fractDays(fval, 7);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.WEEK);
                    }
                    case DTK_MONTH -> {
                        months(val);
                        fractDays(fval, DAYS_PER_MONTH);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.MONTH);
                    }
                    case DTK_YEAR -> {
                        years(val, 1);
                        fractYears(fval, 1);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.YEAR);
                    }
                    case DTK_DECADE -> {
                        years(val, 10);
                        fractYears(fval, 10);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.DECADE);
                    }
                    case DTK_CENTURY -> {
                        years(val, 100);
                        fractYears(fval, 100);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.CENTURY);
                    }
                    case DTK_MILLENNIUM -> {
                        years(val, 1000);
                        fractYears(fval, 1000);
                        tmask = DateTimeKeywords.m(DateTimeKeywords.MILLENNIUM);
                    }
                    default -> throw DateTimeError.badFormat();
                }
            } else if (ft == DTK_STRING || ft == DTK_SPECIAL) {
                DateTimeKeywords.Token t = DateTimeKeywords.units(field[i]);
                int ttype = t == null ? DateTimeKeywords.UNKNOWN_FIELD : t.type();
                if (ttype == IGNORE_DTF) {
                    continue;
                }
                tmask = 0;
                if (ttype == UNITS) {
                    type = t.value();
                } else if (ttype == AGO) {
                    isBefore = true;
                    type = t.value();
                } else {
                    throw DateTimeError.badFormat();
                }
            } else {
                throw DateTimeError.badFormat();
            }
            if ((tmask & fmask) != 0) {
                throw DateTimeError.badFormat();
            }
            fmask |= tmask;
        }
        if (fmask == 0) {
            throw DateTimeError.badFormat();
        }
        if (isBefore) {
            if (usec == Long.MIN_VALUE
                    || mday == Integer.MIN_VALUE
                    || mon == Integer.MIN_VALUE
                    || year == Integer.MIN_VALUE) {
                throw overflow();
            }
            usec = -usec;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
    }

    /** A signed hh:mm[:ss] field: true (with the time added) when the rest after the sign decodes as a time. */
    private boolean signedTime(String s) {
        long saved = usec;
        try {
            timeField(s.substring(1));
        } catch (DateTimeError e) {
            usec = saved;
            return false;
        }
        if (s.charAt(0) == '-') {
            if (usec == Long.MIN_VALUE) {
                throw overflow();
            }
            usec = -usec;
        }
        return true;
    }

    // ---------------------------------------------------------------- DecodeISO8601Interval

    /** ParseISO8601Number: strtod on the field, |value| at most 1e15, split into integer and fraction. */
    private static final class IsoNumber {
        long ipart;
        double fpart;
        int end;
    }

    private static IsoNumber isoNumber(String s, int i) {
        if (i >= s.length() || !(DateTimeFields.isDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '.')) {
            throw DateTimeError.badFormat();
        }
        CStrtod.Result r = CStrtod.parse(s, i, false);
        if (r.end() == i || r.range()) {
            throw DateTimeError.badFormat();
        }
        double val = r.value();
        if (Double.isNaN(val) || val < -1.0e15 || val > 1.0e15) {
            throw overflow();
        }
        IsoNumber n = new IsoNumber();
        n.ipart = val >= 0 ? (long) Math.floor(val) : (long) -Math.floor(-val);
        n.fpart = val - n.ipart;
        n.end = r.end();
        return n;
    }

    private static int integerWidth(String s, int fieldStart) {
        int i = fieldStart;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        int w = 0;
        while (i + w < s.length() && DateTimeFields.isDigit(s.charAt(i + w))) {
            w++;
        }
        return w;
    }

    private void decodeIso8601(String str) {
        if (str.length() < 2 || str.charAt(0) != 'P') {
            throw DateTimeError.badFormat();
        }
        boolean datepart = true;
        boolean havefield = false;
        int i = 1;
        int n = str.length();
        while (i < n) {
            if (str.charAt(i) == 'T') {
                datepart = false;
                havefield = false;
                i++;
                continue;
            }
            int fieldStart = i;
            IsoNumber num = isoNumber(str, i);
            long val = num.ipart;
            double fval = num.fpart;
            i = num.end;
            char unit = i < n ? str.charAt(i) : '\0';
            i++;
            if (datepart) {
                switch (unit) {
                    case 'Y' -> {
                        years(val, 1);
                        fractYears(fval, 1);
                    }
                    case 'M' -> {
                        months(val);
                        fractDays(fval, DAYS_PER_MONTH);
                    }
                    case 'W' -> {
                        days(val, 7);
                        fractDays(fval, 7);
                    }
                    case 'D' -> {
                        days(val, 1);
                        fractMicroseconds(fval, USECS_PER_DAY);
                    }
                    case 'T', '\0', '-' -> {
                        if (unit != '-' && integerWidth(str, fieldStart) == 8 && !havefield) {
                            years(val / 10000, 1);
                            months((val / 100) % 100);
                            days(val % 100, 1);
                            fractMicroseconds(fval, USECS_PER_DAY);
                            if (unit == '\0') {
                                return;
                            }
                            datepart = false;
                            havefield = false;
                            continue;
                        }
                        if (havefield) {
                            throw DateTimeError.badFormat();
                        }
                        years(val, 1);
                        fractYears(fval, 1);
                        if (unit == '\0') {
                            return;
                        }
                        if (unit == 'T') {
                            datepart = false;
                            havefield = false;
                            continue;
                        }
                        num = isoNumber(str, i);
                        i = num.end;
                        months(num.ipart);
                        fractDays(num.fpart, DAYS_PER_MONTH);
                        if (i >= n) {
                            return;
                        }
                        if (str.charAt(i) == 'T') {
                            datepart = false;
                            havefield = false;
                            i++;
                            continue;
                        }
                        if (str.charAt(i) != '-') {
                            throw DateTimeError.badFormat();
                        }
                        i++;
                        num = isoNumber(str, i);
                        i = num.end;
                        days(num.ipart, 1);
                        fractMicroseconds(num.fpart, USECS_PER_DAY);
                        if (i >= n) {
                            return;
                        }
                        if (str.charAt(i) == 'T') {
                            datepart = false;
                            havefield = false;
                            i++;
                            continue;
                        }
                        throw DateTimeError.badFormat();
                    }
                    default -> throw DateTimeError.badFormat();
                }
            } else {
                switch (unit) {
                    case 'H' -> microseconds(val, fval, USECS_PER_HOUR);
                    case 'M' -> microseconds(val, fval, USECS_PER_MINUTE);
                    case 'S' -> microseconds(val, fval, USECS_PER_SEC);
                    case '\0', ':' -> {
                        if (unit == '\0' && integerWidth(str, fieldStart) == 6 && !havefield) {
                            microseconds(val / 10000, 0, USECS_PER_HOUR);
                            microseconds((val / 100) % 100, 0, USECS_PER_MINUTE);
                            microseconds(val % 100, 0, USECS_PER_SEC);
                            fractMicroseconds(fval, 1);
                            return;
                        }
                        if (havefield) {
                            throw DateTimeError.badFormat();
                        }
                        microseconds(val, fval, USECS_PER_HOUR);
                        if (unit == '\0') {
                            return;
                        }
                        num = isoNumber(str, i);
                        i = num.end;
                        microseconds(num.ipart, num.fpart, USECS_PER_MINUTE);
                        if (i >= n) {
                            return;
                        }
                        if (str.charAt(i) != ':') {
                            throw DateTimeError.badFormat();
                        }
                        i++;
                        num = isoNumber(str, i);
                        i = num.end;
                        microseconds(num.ipart, num.fpart, USECS_PER_SEC);
                        if (i >= n) {
                            return;
                        }
                        throw DateTimeError.badFormat();
                    }
                    default -> throw DateTimeError.badFormat();
                }
            }
            havefield = true;
        }
    }
}

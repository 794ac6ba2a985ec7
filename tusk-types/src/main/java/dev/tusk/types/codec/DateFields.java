package dev.tusk.types.codec;

import static dev.tusk.types.codec.DateTimeKeywords.DAY;
import static dev.tusk.types.codec.DateTimeKeywords.DOY;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DATE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DATE_M;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TIME;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TIME_M;
import static dev.tusk.types.codec.DateTimeKeywords.IGNORE_DTF;
import static dev.tusk.types.codec.DateTimeKeywords.MONTH;
import static dev.tusk.types.codec.DateTimeKeywords.TZ;
import static dev.tusk.types.codec.DateTimeKeywords.YEAR;
import static dev.tusk.types.codec.DateTimeKeywords.m;

import dev.tusk.types.DateStyle;

/**
 * The field-level pieces of PostgreSQL 15's date/time input ({@code DecodeDate}, {@code DecodeNumber},
 * {@code DecodeNumberField}, {@code DecodeTime}, {@code DecodeTimezone}, {@code ValidateDate}), C's
 * {@code strtol}, and the Julian-day arithmetic ({@code date2j}, {@code j2date}) they rely on.
 */
final class DateFields {
    private DateFields() {}

    static final long USECS_PER_SEC = 1_000_000L;
    static final long USECS_PER_DAY = 86_400_000_000L;
    static final int POSTGRES_EPOCH_JDATE = 2451545;
    static final int UNIX_EPOCH_JDATE = 2440588;

    private static final int[][] DAY_TAB = {
        {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}, {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
    };

    /** The result of C's {@code strtol}: value, end index, and whether it overflowed the target width. */
    record Num(long value, int end, boolean range) {}

    /**
     * C's {@code strtol(s + from, &end, 10)} (whitespace, sign, digits; nothing read leaves end at
     * {@code from}), with {@code ERANGE} judged against int ({@code strtoint}) or long ({@code strtoi64}).
     */
    static Num strtol(String s, int from, boolean int32) {
        int i = from;
        int n = s.length();
        while (i < n && DateTimeFields.isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long acc = 0; // accumulated negatively so that Long.MIN_VALUE fits
        boolean range = false;
        while (i < n && DateTimeFields.isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            if (!range) {
                if (acc < (Long.MIN_VALUE + d) / 10) {
                    range = true;
                } else {
                    acc = acc * 10 - d;
                }
            }
            i++;
        }
        if (i == start) {
            return new Num(0, from, false);
        }
        if (!neg && acc == Long.MIN_VALUE) {
            range = true;
        }
        long v = neg ? acc : -acc;
        if (int32 && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            range = true;
        }
        if (range) {
            v = int32 ? (neg ? Integer.MIN_VALUE : Integer.MAX_VALUE) : (neg ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
        return new Num(v, i, range);
    }

    /** C's {@code atoi}: strtol without error reporting, truncated to int. */
    static int atoi(String s) {
        return (int) strtol(s, 0, false).value();
    }

    /** PostgreSQL's {@code date2j}. */
    static int date2j(int year, int month, int day) {
        if (month > 2) {
            month += 1;
            year += 4800;
        } else {
            month += 13;
            year += 4799;
        }
        int century = year / 100;
        int julian = year * 365 - 32167;
        julian += year / 4 - century + century / 4;
        julian += 7834 * month / 256 + day;
        return julian;
    }

    /** PostgreSQL's {@code j2date}: {year, month, day}. */
    static int[] j2date(int jd) {
        long julian = Integer.toUnsignedLong(jd) + 32044;
        julian &= 0xFFFFFFFFL;
        long quad = julian / 146097;
        long extra = ((julian - quad * 146097) * 4 + 3) & 0xFFFFFFFFL;
        julian = (julian + 60 + quad * 3 + extra / 146097) & 0xFFFFFFFFL;
        quad = julian / 1461;
        julian -= quad * 1461;
        int y = (int) (julian * 4 / 1461);
        julian = ((y != 0) ? ((julian + 305) % 365) : ((julian + 306) % 366)) + 123;
        y += (int) (quad * 4);
        int year = y - 4800;
        long q = julian * 2141 / 65536;
        int day = (int) (julian - 7834 * q / 256);
        int month = (int) ((q + 10) % 12 + 1);
        return new int[] {year, month, day};
    }

    static boolean isLeap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** IS_VALID_JULIAN: from 4714-11-01 BC to before 5874898-06-01. */
    static boolean isValidJulian(int y, int m, int d) {
        return (y > -4713 || (y == -4713 && m >= 11)) && (y < 5874898 || (y == 5874898 && m < 6));
    }

    /**
     * ParseFraction: {@code .} alone is zero, otherwise {@code strtod} must read the whole rest of the field
     * without a range error.
     */
    static double parseFraction(String s, int from) {
        if (from + 1 == s.length()) {
            return 0;
        }
        CStrtod.Result r = CStrtod.parse(s, from, false);
        if (r.end() != s.length() || r.range()) {
            throw DateTimeError.badFormat();
        }
        return r.value();
    }

    /** ParseFractionalSecond: the fraction as rounded microseconds. */
    static int parseFractionalSecond(String s, int from) {
        return (int) Math.rint(parseFraction(s, from) * 1_000_000);
    }

    /**
     * DecodeDate: a date with delimiters ({@code 1999-01-08}, {@code 1999-jan-08}); month names first, then
     * numbers in DateStyle order; returns the fields found as a mask.
     */
    static int decodeDate(String str, int fmask, boolean[] is2digits, PgTm tm, DateStyle.Order order) {
        String[] field = new String[DateTimeFields.MAX_FIELDS];
        int nf = 0;
        int i = 0;
        int n = str.length();
        while (i < n && nf < DateTimeFields.MAX_FIELDS) {
            while (i < n && !DateTimeFields.isAlnum(str.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw DateTimeError.badFormat();
            }
            int start = i;
            if (DateTimeFields.isDigit(str.charAt(i))) {
                while (i < n && DateTimeFields.isDigit(str.charAt(i))) {
                    i++;
                }
            } else if (DateTimeFields.isAlpha(str.charAt(i))) {
                while (i < n && DateTimeFields.isAlpha(str.charAt(i))) {
                    i++;
                }
            }
            field[nf++] = str.substring(start, i);
            if (i < n) {
                i++; // the character after a field is overwritten by its terminator
            }
        }
        int tmask = 0;
        boolean haveTextMonth = false;
        for (int k = 0; k < nf; k++) {
            if (DateTimeFields.isAlpha(field[k].charAt(0))) {
                DateTimeKeywords.Token t = DateTimeKeywords.special(field[k]);
                int type = t == null ? DateTimeKeywords.UNKNOWN_FIELD : t.type();
                if (type == IGNORE_DTF) {
                    continue;
                }
                int dmask = m(type);
                if (type != MONTH) {
                    throw DateTimeError.badFormat();
                }
                tm.mon = t.value();
                haveTextMonth = true;
                if ((fmask & dmask) != 0) {
                    throw DateTimeError.badFormat();
                }
                fmask |= dmask;
                tmask |= dmask;
                field[k] = null;
            }
        }
        for (int k = 0; k < nf; k++) {
            if (field[k] == null) {
                continue;
            }
            if (field[k].isEmpty()) {
                throw DateTimeError.badFormat();
            }
            int[] dmask = new int[1];
            decodeNumber(field[k].length(), field[k], haveTextMonth, fmask, dmask, tm, is2digits, order);
            if ((fmask & dmask[0]) != 0) {
                throw DateTimeError.badFormat();
            }
            fmask |= dmask[0];
            tmask |= dmask[0];
        }
        if ((fmask & ~(m(DOY) | m(TZ))) != DTK_DATE_M) {
            throw DateTimeError.badFormat();
        }
        return tmask;
    }

    /** ValidateDate: 2-digit and BC years, day of year, and month/day ranges. */
    static void validateDate(int fmask, boolean isjulian, boolean is2digits, boolean bc, PgTm tm) {
        if ((fmask & m(YEAR)) != 0) {
            if (isjulian) {
                // the year is right as it is
            } else if (bc) {
                if (tm.year <= 0) {
                    throw DateTimeError.fieldOverflow();
                }
                tm.year = -(tm.year - 1);
            } else if (is2digits) {
                if (tm.year < 0) {
                    throw DateTimeError.fieldOverflow();
                }
                if (tm.year < 70) {
                    tm.year += 2000;
                } else if (tm.year < 100) {
                    tm.year += 1900;
                }
            } else if (tm.year <= 0) {
                throw DateTimeError.fieldOverflow();
            }
        }
        if ((fmask & m(DOY)) != 0) {
            int[] ymd = j2date(date2j(tm.year, 1, 1) + tm.yday - 1);
            tm.year = ymd[0];
            tm.mon = ymd[1];
            tm.mday = ymd[2];
        }
        if ((fmask & m(MONTH)) != 0 && (tm.mon < 1 || tm.mon > 12)) {
            throw DateTimeError.mdFieldOverflow();
        }
        if ((fmask & m(DAY)) != 0 && (tm.mday < 1 || tm.mday > 31)) {
            throw DateTimeError.mdFieldOverflow();
        }
        if ((fmask & DTK_DATE_M) == DTK_DATE_M && tm.mday > DAY_TAB[isLeap(tm.year) ? 1 : 0][tm.mon - 1]) {
            throw DateTimeError.fieldOverflow();
        }
    }

    /**
     * DecodeTimeCommon and DecodeTime: {@code hh:mm[:ss[.fff]]}, or {@code mm:ss.fff} when a fraction
     * follows the second field; with {@code minuteToSecond} two fields read as {@code mm:ss}. Returns
     * {hour, minute, second, microseconds}; hours may exceed int range only for intervals.
     */
    static long[] decodeTimeCommon(String str, boolean minuteToSecond) {
        Num h = strtol(str, 0, false);
        if (h.range()) {
            throw DateTimeError.fieldOverflow();
        }
        long hour = h.value();
        int cp = h.end();
        if (cp >= str.length() || str.charAt(cp) != ':') {
            throw DateTimeError.badFormat();
        }
        Num mi = strtol(str, cp + 1, true);
        if (mi.range()) {
            throw DateTimeError.fieldOverflow();
        }
        long min = mi.value();
        long sec;
        int fsec = 0;
        cp = mi.end();
        if (cp == str.length()) {
            sec = 0;
            if (minuteToSecond) {
                if (hour > Integer.MAX_VALUE || hour < Integer.MIN_VALUE) {
                    throw DateTimeError.fieldOverflow();
                }
                sec = min;
                min = hour;
                hour = 0;
            }
        } else if (str.charAt(cp) == '.') {
            fsec = parseFractionalSecond(str, cp);
            if (hour > Integer.MAX_VALUE || hour < Integer.MIN_VALUE) {
                throw DateTimeError.fieldOverflow();
            }
            sec = min;
            min = hour;
            hour = 0;
        } else if (str.charAt(cp) == ':') {
            Num s = strtol(str, cp + 1, true);
            if (s.range()) {
                throw DateTimeError.fieldOverflow();
            }
            sec = s.value();
            cp = s.end();
            if (cp < str.length() && str.charAt(cp) == '.') {
                fsec = parseFractionalSecond(str, cp);
            } else if (cp != str.length()) {
                throw DateTimeError.badFormat();
            }
        } else {
            throw DateTimeError.badFormat();
        }
        if (hour < 0 || min < 0 || min > 59 || sec < 0 || sec > 60 || fsec < 0 || fsec > USECS_PER_SEC) {
            throw DateTimeError.fieldOverflow();
        }
        return new long[] {hour, min, sec, fsec};
    }

    /** DecodeTime for timestamps: into tm; returns the time mask. */
    static int decodeTime(String str, PgTm tm) {
        long[] t = decodeTimeCommon(str, false);
        if (t[0] > Integer.MAX_VALUE) {
            throw DateTimeError.fieldOverflow();
        }
        tm.hour = (int) t[0];
        tm.min = (int) t[1];
        tm.sec = (int) t[2];
        tm.fsec = (int) t[3];
        return DTK_TIME_M;
    }

    /** time_overflows: each field in range and the total at most 24:00:00. */
    static boolean timeOverflows(int hour, int min, int sec, long fsec) {
        if (hour < 0 || hour > 24 || min < 0 || min >= 60 || sec < 0 || sec > 60 || fsec < 0 || fsec > USECS_PER_SEC) {
            return true;
        }
        return (((hour * 60L + min) * 60 + sec) * USECS_PER_SEC + fsec) > USECS_PER_DAY;
    }

    /**
     * DecodeTimezone: {@code +hh}, {@code +hhmm}, {@code +hh:mm[:ss]}; hours up to 15. Returns the zone in
     * seconds west of UTC.
     */
    static int decodeTimezone(String str) {
        if (str.isEmpty() || (str.charAt(0) != '+' && str.charAt(0) != '-')) {
            throw DateTimeError.badFormat();
        }
        Num h = strtol(str, 1, true);
        if (h.range()) {
            throw DateTimeError.tzDispOverflow();
        }
        long hr = h.value();
        long min;
        long sec = 0;
        int cp = h.end();
        if (cp < str.length() && str.charAt(cp) == ':') {
            Num mi = strtol(str, cp + 1, true);
            if (mi.range()) {
                throw DateTimeError.tzDispOverflow();
            }
            min = mi.value();
            cp = mi.end();
            if (cp < str.length() && str.charAt(cp) == ':') {
                Num s = strtol(str, cp + 1, true);
                if (s.range()) {
                    throw DateTimeError.tzDispOverflow();
                }
                sec = s.value();
                cp = s.end();
            }
        } else if (cp == str.length() && str.length() > 3) {
            min = hr % 100;
            hr = hr / 100;
        } else {
            min = 0;
        }
        if (hr < 0 || hr > 15 || min < 0 || min >= 60 || sec < 0 || sec >= 60) {
            throw DateTimeError.tzDispOverflow();
        }
        int tz = (int) ((hr * 60 + min) * 60 + sec);
        if (str.charAt(0) == '-') {
            tz = -tz;
        }
        if (cp != str.length()) {
            throw DateTimeError.badFormat();
        }
        return -tz;
    }

    /**
     * DecodeNumber: a plain number in context (year, month, day by DateStyle order, day of year, or a
     * run-together date/time); sets {@code tmask[0]}.
     */
    static void decodeNumber(
            int flen,
            String str,
            boolean haveTextMonth,
            int fmask,
            int[] tmask,
            PgTm tm,
            boolean[] is2digits,
            DateStyle.Order order) {
        tmask[0] = 0;
        Num v = strtol(str, 0, true);
        if (v.range()) {
            throw DateTimeError.fieldOverflow();
        }
        if (v.end() == 0) {
            throw DateTimeError.badFormat();
        }
        int val = (int) v.value();
        int cp = v.end();
        if (cp < str.length() && str.charAt(cp) == '.') {
            if (cp > 2) {
                decodeNumberField(flen, str, fmask | DTK_DATE_M, tmask, tm, is2digits);
                return;
            }
            tm.fsec = parseFractionalSecond(str, cp);
        } else if (cp != str.length()) {
            throw DateTimeError.badFormat();
        }
        if (flen == 3 && (fmask & DTK_DATE_M) == m(YEAR) && val >= 1 && val <= 366) {
            tmask[0] = m(DOY) | m(MONTH) | m(DAY);
            tm.yday = val;
            return;
        }
        switch (fmask & DTK_DATE_M) {
            case 0 -> {
                if (flen >= 3 || order == DateStyle.Order.YMD) {
                    tmask[0] = m(YEAR);
                    tm.year = val;
                } else if (order == DateStyle.Order.DMY) {
                    tmask[0] = m(DAY);
                    tm.mday = val;
                } else {
                    tmask[0] = m(MONTH);
                    tm.mon = val;
                }
            }
            case 1 << YEAR -> {
                tmask[0] = m(MONTH);
                tm.mon = val;
            }
            case 1 << MONTH -> {
                if (haveTextMonth) {
                    if (flen >= 3 || order == DateStyle.Order.YMD) {
                        tmask[0] = m(YEAR);
                        tm.year = val;
                    } else {
                        tmask[0] = m(DAY);
                        tm.mday = val;
                    }
                } else {
                    tmask[0] = m(DAY);
                    tm.mday = val;
                }
            }
            case (1 << YEAR) | (1 << MONTH) -> {
                if (haveTextMonth) {
                    if (flen >= 3 && is2digits[0]) {
                        tmask[0] = m(DAY);
                        tm.mday = tm.year;
                        tm.year = val;
                        is2digits[0] = false;
                    } else {
                        tmask[0] = m(DAY);
                        tm.mday = val;
                    }
                } else {
                    tmask[0] = m(DAY);
                    tm.mday = val;
                }
            }
            case 1 << DAY -> {
                tmask[0] = m(MONTH);
                tm.mon = val;
            }
            case (1 << MONTH) | (1 << DAY) -> {
                tmask[0] = m(YEAR);
                tm.year = val;
            }
            case (1 << YEAR) | (1 << MONTH) | (1 << DAY) -> {
                decodeNumberField(flen, str, fmask, tmask, tm, is2digits);
                return;
            }
            default -> throw DateTimeError.badFormat();
        }
        if (tmask[0] == m(YEAR)) {
            is2digits[0] = flen <= 2;
        }
    }

    /**
     * DecodeNumberField: a run-together date ({@code yyyymmdd}, {@code yymmdd}) or time ({@code hhmmss},
     * {@code hhmm}) with an optional fraction; returns DTK_DATE or DTK_TIME.
     */
    static int decodeNumberField(int len, String str, int fmask, int[] tmask, PgTm tm, boolean[] is2digits) {
        int dot = str.indexOf('.');
        if (dot >= 0) {
            if (dot + 1 == str.length()) {
                tm.fsec = 0;
            } else {
                CStrtod.Result r = CStrtod.parse(str, dot, false);
                if (r.range()) {
                    throw DateTimeError.badFormat();
                }
                tm.fsec = (int) Math.rint(r.value() * 1_000_000);
            }
            str = str.substring(0, dot);
            len = str.length();
        } else if ((fmask & DTK_DATE_M) != DTK_DATE_M && len >= 6) {
            tmask[0] = DTK_DATE_M;
            tm.mday = atoi(str.substring(len - 2));
            tm.mon = atoi(str.substring(len - 4, len - 2));
            tm.year = atoi(str.substring(0, len - 4));
            if (len - 4 == 2) {
                is2digits[0] = true;
            }
            return DTK_DATE;
        }
        if ((fmask & DTK_TIME_M) != DTK_TIME_M) {
            if (len == 6) {
                tmask[0] = DTK_TIME_M;
                tm.sec = atoi(str.substring(4));
                tm.min = atoi(str.substring(2, 4));
                tm.hour = atoi(str.substring(0, 2));
                return DTK_TIME;
            } else if (len == 4) {
                tmask[0] = DTK_TIME_M;
                tm.sec = 0;
                tm.min = atoi(str.substring(2, 4));
                tm.hour = atoi(str.substring(0, 2));
                return DTK_TIME;
            }
        }
        throw DateTimeError.badFormat();
    }
}

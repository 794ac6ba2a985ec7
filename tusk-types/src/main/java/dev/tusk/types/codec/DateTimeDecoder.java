package dev.tusk.types.codec;

import static dev.tusk.types.codec.DateTimeKeywords.ADBC;
import static dev.tusk.types.codec.DateTimeKeywords.AM;
import static dev.tusk.types.codec.DateTimeKeywords.AMPM;
import static dev.tusk.types.codec.DateTimeKeywords.BC;
import static dev.tusk.types.codec.DateTimeKeywords.DAY;
import static dev.tusk.types.codec.DateTimeKeywords.DOW;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_ALL_SECS_M;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DATE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DATE_M;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_DAY;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_HOUR;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_JULIAN;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MINUTE;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_MONTH;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_NOW;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_NUMBER;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_SECOND;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_SPECIAL;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_STRING;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TIME;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TIME_M;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TODAY;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TOMORROW;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_TZ;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_YEAR;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_YESTERDAY;
import static dev.tusk.types.codec.DateTimeKeywords.DTK_ZULU;
import static dev.tusk.types.codec.DateTimeKeywords.DTZ;
import static dev.tusk.types.codec.DateTimeKeywords.DTZMOD;
import static dev.tusk.types.codec.DateTimeKeywords.DYNTZ;
import static dev.tusk.types.codec.DateTimeKeywords.HOUR;
import static dev.tusk.types.codec.DateTimeKeywords.HR24;
import static dev.tusk.types.codec.DateTimeKeywords.IGNORE_DTF;
import static dev.tusk.types.codec.DateTimeKeywords.ISOTIME;
import static dev.tusk.types.codec.DateTimeKeywords.MINUTE;
import static dev.tusk.types.codec.DateTimeKeywords.MONTH;
import static dev.tusk.types.codec.DateTimeKeywords.PM;
import static dev.tusk.types.codec.DateTimeKeywords.RESERV;
import static dev.tusk.types.codec.DateTimeKeywords.SECOND;
import static dev.tusk.types.codec.DateTimeKeywords.TZ;
import static dev.tusk.types.codec.DateTimeKeywords.UNITS;
import static dev.tusk.types.codec.DateTimeKeywords.UNKNOWN_FIELD;
import static dev.tusk.types.codec.DateTimeKeywords.YEAR;
import static dev.tusk.types.codec.DateTimeKeywords.m;

import dev.tusk.types.DateStyle;
import dev.tusk.types.PgTypeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * PostgreSQL 15's {@code DecodeDateTime} (date, timestamp, timestamptz) and {@code DecodeTimeOnly} (time,
 * timetz) over the fields of {@link DateTimeFields}: which field is a year, month or day by DateStyle order,
 * run-together and ISO 8601 forms, Julian days, {@code y}/{@code m}/{@code d}/{@code h} unit prefixes,
 * month and weekday names, AM/PM, BC, zone offsets, abbreviations and names, and the special words. The
 * "current time" words read {@code now}, the instant the caller takes as the transaction's start.
 */
final class DateTimeDecoder {
    private final DateStyle.Order order;
    private final ZoneId session;
    private final Instant now;

    /** dtype: DTK_DATE, DTK_TIME, or the special DTK_EPOCH / DTK_LATE / DTK_EARLY. */
    int dtype;

    final PgTm tm = new PgTm();

    /**
     * Set when the zone named in the input is a POSIX specification whose offsets the JDK cannot express;
     * raised only by the types that need the offset (timestamptz, timetz), as the others ignore the zone.
     */
    PgTypeException zoneError;

    private int namedZoneOffset(PgTm t, TzRules zone) {
        if (zone.rules() == null) {
            try {
                zone.usableRules();
            } catch (PgTypeException e) {
                zoneError = e;
            }
            return 0;
        }
        return TimeZones.determineOffset(t, zone);
    }

    DateTimeDecoder(DateStyle.Order order, ZoneId session, Instant now) {
        this.order = order;
        this.session = session;
        this.now = now;
    }

    /** GetCurrentTimeUsec: the transaction time broken down in the session zone; returns its zone (west). */
    private int currentTime(PgTm t) {
        ZoneOffset offset = TzifRules.of(session).getOffset(now);
        LocalDateTime l = LocalDateTime.ofEpochSecond(now.getEpochSecond(), now.getNano(), offset);
        t.year = l.getYear();
        t.mon = l.getMonthValue();
        t.mday = l.getDayOfMonth();
        t.hour = l.getHour();
        t.min = l.getMinute();
        t.sec = l.getSecond();
        t.fsec = l.getNano() / 1000;
        return -offset.getTotalSeconds();
    }

    private static PgTypeException unknownZone(String name) {
        return new PgTypeException(
                PgTypeException.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
    }

    /**
     * DecodeDateTime. Returns normally for a full date (or a special value in {@link #dtype}); throws
     * {@link DateTimeError} (a time alone is BAD_FORMAT for these types).
     */
    void decodeDateTime(DateTimeFields f) {
        String[] field = f.field;
        int[] ftype = f.ftype;
        int nf = f.nf;
        int fmask = 0;
        int ptype = 0;
        int mer = HR24;
        boolean haveTextMonth = false;
        boolean isjulian = false;
        boolean[] is2digits = {false};
        boolean bc = false;
        TzRules namedTz = null;
        ZoneId abbrevTz = null;
        String abbrev = null;
        dtype = DTK_DATE;
        tm.hour = 0;
        tm.min = 0;
        tm.sec = 0;
        tm.fsec = 0;
        tm.isdst = -1;
        tm.tz = 0;
        int[] tmaskOut = new int[1];
        for (int i = 0; i < nf; i++) {
            int tmask;
            switch (ftype[i]) {
                case DTK_DATE -> {
                    if (ptype == DTK_JULIAN) {
                        DateFields.Num v = DateFields.strtol(field[i], 0, true);
                        if (v.range() || v.value() < 0) {
                            throw DateTimeError.fieldOverflow();
                        }
                        setJulian((int) v.value());
                        isjulian = true;
                        tm.tz = DateFields.decodeTimezone(field[i].substring(v.end()));
                        tmask = DTK_DATE_M | DTK_TIME_M | m(TZ);
                        ptype = 0;
                    } else if (ptype != 0 || (fmask & (m(MONTH) | m(DAY))) == (m(MONTH) | m(DAY))) {
                        if (DateTimeFields.isDigit(field[i].charAt(0)) || ptype != 0) {
                            if (ptype != 0) {
                                if (ptype != DTK_TIME) {
                                    throw DateTimeError.badFormat();
                                }
                                ptype = 0;
                            }
                            if ((fmask & DTK_TIME_M) == DTK_TIME_M) {
                                throw DateTimeError.badFormat();
                            }
                            int dash = field[i].indexOf('-');
                            if (dash < 0) {
                                throw DateTimeError.badFormat();
                            }
                            tm.tz = DateFields.decodeTimezone(field[i].substring(dash));
                            String rest = field[i].substring(0, dash);
                            DateFields.decodeNumberField(rest.length(), rest, fmask, tmaskOut, tm, is2digits);
                            tmask = tmaskOut[0] | m(TZ);
                        } else {
                            namedTz = TimeZones.named(field[i]);
                            if (namedTz == null) {
                                throw unknownZone(field[i]);
                            }
                            tmask = m(TZ);
                        }
                    } else {
                        tmask = DateFields.decodeDate(field[i], fmask, is2digits, tm, order);
                    }
                }
                case DTK_TIME -> {
                    if (ptype != 0) {
                        if (ptype != DTK_TIME) {
                            throw DateTimeError.badFormat();
                        }
                        ptype = 0;
                    }
                    tmask = DateFields.decodeTime(field[i], tm);
                    if (DateFields.timeOverflows(tm.hour, tm.min, tm.sec, tm.fsec)) {
                        throw DateTimeError.fieldOverflow();
                    }
                }
                case DTK_TZ -> {
                    tm.tz = DateFields.decodeTimezone(field[i]);
                    tmask = m(TZ);
                }
                case DTK_NUMBER -> {
                    if (ptype != 0) {
                        int[] r = unitNumber(field[i], ptype, fmask, is2digits);
                        tmask = r[0];
                        if (r[1] != 0) {
                            isjulian = true;
                        }
                        ptype = 0;
                        dtype = DTK_DATE;
                    } else {
                        String s = field[i];
                        int flen = s.length();
                        int dot = s.indexOf('.');
                        if (dot >= 0 && (fmask & DTK_DATE_M) == 0) {
                            tmask = DateFields.decodeDate(s, fmask, is2digits, tm, order);
                        } else if (dot >= 0 && dot > 2) {
                            DateFields.decodeNumberField(flen, s, fmask, tmaskOut, tm, is2digits);
                            tmask = tmaskOut[0];
                        } else if (flen >= 6 && ((fmask & DTK_DATE_M) == 0 || (fmask & DTK_TIME_M) == 0)) {
                            DateFields.decodeNumberField(flen, s, fmask, tmaskOut, tm, is2digits);
                            tmask = tmaskOut[0];
                        } else {
                            DateFields.decodeNumber(flen, s, haveTextMonth, fmask, tmaskOut, tm, is2digits, order);
                            tmask = tmaskOut[0];
                        }
                    }
                }
                case DTK_STRING, DTK_SPECIAL -> {
                    int type;
                    int val = 0;
                    TzAbbreviations.Abbrev ab = TzAbbreviations.lookup(field[i]);
                    if (ab != null) {
                        type = ab.type();
                        val = ab.offset();
                    } else {
                        DateTimeKeywords.Token t = DateTimeKeywords.special(field[i]);
                        type = t == null ? UNKNOWN_FIELD : t.type();
                        val = t == null ? 0 : t.value();
                    }
                    if (type == IGNORE_DTF) {
                        continue;
                    }
                    tmask = m(type);
                    switch (type) {
                        case RESERV -> {
                            switch (val) {
                                case DTK_NOW -> {
                                    tmask = DTK_DATE_M | DTK_TIME_M | m(TZ);
                                    dtype = DTK_DATE;
                                    tm.tz = currentTime(tm);
                                }
                                case DTK_YESTERDAY, DTK_TODAY, DTK_TOMORROW -> {
                                    tmask = DTK_DATE_M;
                                    dtype = DTK_DATE;
                                    PgTm cur = new PgTm();
                                    currentTime(cur);
                                    int shift = val == DTK_YESTERDAY ? -1 : val == DTK_TOMORROW ? 1 : 0;
                                    setJulian(DateFields.date2j(cur.year, cur.mon, cur.mday) + shift);
                                }
                                case DTK_ZULU -> {
                                    tmask = DTK_TIME_M | m(TZ);
                                    dtype = DTK_DATE;
                                    tm.hour = 0;
                                    tm.min = 0;
                                    tm.sec = 0;
                                    tm.tz = 0;
                                }
                                default -> dtype = val;
                            }
                        }
                        case MONTH -> {
                            if ((fmask & m(MONTH)) != 0
                                    && !haveTextMonth
                                    && (fmask & m(DAY)) == 0
                                    && tm.mon >= 1
                                    && tm.mon <= 31) {
                                tm.mday = tm.mon;
                                tmask = m(DAY);
                            }
                            haveTextMonth = true;
                            tm.mon = val;
                        }
                        case DTZMOD -> {
                            tmask |= m(DTZ);
                            tm.isdst = 1;
                            tm.tz -= val;
                        }
                        case DTZ -> {
                            tmask |= m(TZ);
                            tm.isdst = 1;
                            tm.tz = -val;
                        }
                        case TZ -> {
                            tm.isdst = 0;
                            tm.tz = -val;
                        }
                        case DYNTZ -> {
                            tmask |= m(TZ);
                            abbrevTz = ab.zone();
                            abbrev = field[i];
                        }
                        case AMPM -> mer = val;
                        case ADBC -> bc = val == BC;
                        case DOW -> tm.wday = val;
                        case UNITS -> {
                            tmask = 0;
                            ptype = val;
                        }
                        case ISOTIME -> {
                            tmask = 0;
                            if ((fmask & DTK_DATE_M) != DTK_DATE_M) {
                                throw DateTimeError.badFormat();
                            }
                            if (i >= nf - 1
                                    || (ftype[i + 1] != DTK_NUMBER
                                            && ftype[i + 1] != DTK_TIME
                                            && ftype[i + 1] != DTK_DATE)) {
                                throw DateTimeError.badFormat();
                            }
                            ptype = val;
                        }
                        case UNKNOWN_FIELD -> {
                            namedTz = TimeZones.named(field[i]);
                            if (namedTz == null) {
                                throw DateTimeError.badFormat();
                            }
                            tmask = m(TZ);
                        }
                        default -> throw DateTimeError.badFormat();
                    }
                }
                default -> throw DateTimeError.badFormat();
            }
            if ((tmask & fmask) != 0) {
                throw DateTimeError.badFormat();
            }
            fmask |= tmask;
        }
        DateFields.validateDate(fmask, isjulian, is2digits[0], bc, tm);
        applyMeridian(mer);
        if (dtype == DTK_DATE) {
            if ((fmask & DTK_DATE_M) != DTK_DATE_M) {
                throw DateTimeError.badFormat(); // a time alone (PostgreSQL's return value 1) is an error here too
            }
            if (namedTz != null) {
                if ((fmask & m(DTZMOD)) != 0) {
                    throw DateTimeError.badFormat();
                }
                tm.tz = namedZoneOffset(tm, namedTz);
            }
            if (abbrevTz != null) {
                if ((fmask & m(DTZMOD)) != 0) {
                    throw DateTimeError.badFormat();
                }
                tm.tz = -TzAbbreviations.dynamicOffset(abbrev, abbrevTz, TimeZones.localDateTime(tm), tm);
            }
            if ((fmask & m(TZ)) == 0) {
                if ((fmask & m(DTZMOD)) != 0) {
                    throw DateTimeError.badFormat();
                }
                tm.tz = TimeZones.determineOffset(tm, TzifRules.of(session));
            }
        }
    }

    private void setJulian(int jd) {
        int[] ymd = DateFields.j2date(jd);
        tm.year = ymd[0];
        tm.mon = ymd[1];
        tm.mday = ymd[2];
    }

    private void applyMeridian(int mer) {
        if (mer != HR24 && tm.hour > 12) {
            throw DateTimeError.fieldOverflow();
        }
        if (mer == AM && tm.hour == 12) {
            tm.hour = 0;
        } else if (mer == PM && tm.hour != 12) {
            tm.hour += 12;
        }
    }

    /**
     * A number after a unit prefix ({@code y1999}, {@code j2451187}, {@code t040506}); returns {tmask,
     * 1 if it was a Julian day}.
     */
    private int[] unitNumber(String s, int ptype, int fmask, boolean[] is2digits) {
        DateFields.Num v = DateFields.strtol(s, 0, true);
        if (v.range()) {
            throw DateTimeError.fieldOverflow();
        }
        int val = (int) v.value();
        int cp = v.end();
        if (cp < s.length() && s.charAt(cp) == '.') {
            if (ptype != DTK_JULIAN && ptype != DTK_TIME && ptype != DTK_SECOND) {
                throw DateTimeError.badFormat();
            }
        } else if (cp != s.length()) {
            throw DateTimeError.badFormat();
        }
        int tmask;
        int julian = 0;
        switch (ptype) {
            case DTK_YEAR -> {
                tm.year = val;
                tmask = m(YEAR);
            }
            case DTK_MONTH -> {
                if ((fmask & m(MONTH)) != 0 && (fmask & m(HOUR)) != 0) {
                    tm.min = val;
                    tmask = m(MINUTE);
                } else {
                    tm.mon = val;
                    tmask = m(MONTH);
                }
            }
            case DTK_DAY -> {
                tm.mday = val;
                tmask = m(DAY);
            }
            case DTK_HOUR -> {
                tm.hour = val;
                tmask = m(HOUR);
            }
            case DTK_MINUTE -> {
                tm.min = val;
                tmask = m(MINUTE);
            }
            case DTK_SECOND -> {
                tm.sec = val;
                tmask = m(SECOND);
                if (cp < s.length() && s.charAt(cp) == '.') {
                    tm.fsec = DateFields.parseFractionalSecond(s, cp);
                    tmask = DTK_ALL_SECS_M;
                }
            }
            case DTK_JULIAN -> {
                if (val < 0) {
                    throw DateTimeError.fieldOverflow();
                }
                tmask = DTK_DATE_M;
                setJulian(val);
                julian = 1;
                if (cp < s.length() && s.charAt(cp) == '.') {
                    double time = DateFields.parseFraction(s, cp) * DateFields.USECS_PER_DAY;
                    long t = (long) time;
                    tm.hour = (int) (t / 3_600_000_000L);
                    t -= tm.hour * 3_600_000_000L;
                    tm.min = (int) (t / 60_000_000L);
                    t -= tm.min * 60_000_000L;
                    tm.sec = (int) (t / 1_000_000L);
                    tm.fsec = (int) (t - tm.sec * 1_000_000L);
                    tmask |= DTK_TIME_M;
                }
            }
            case DTK_TIME -> {
                int[] out = new int[1];
                DateFields.decodeNumberField(s.length(), s, fmask | DTK_DATE_M, out, tm, is2digits);
                tmask = out[0];
                if (tmask != DTK_TIME_M) {
                    throw DateTimeError.badFormat();
                }
            }
            default -> throw DateTimeError.badFormat();
        }
        return new int[] {tmask, julian};
    }

    /** DecodeTimeOnly (time, timetz): a time, optionally with a date that only serves to pick a zone offset. */
    void decodeTimeOnly(DateTimeFields f) {
        String[] field = f.field;
        int[] ftype = f.ftype;
        int nf = f.nf;
        int fmask = 0;
        int ptype = 0;
        int mer = HR24;
        boolean isjulian = false;
        boolean[] is2digits = {false};
        boolean bc = false;
        TzRules namedTz = null;
        ZoneId abbrevTz = null;
        String abbrev = null;
        dtype = DTK_TIME;
        tm.hour = 0;
        tm.min = 0;
        tm.sec = 0;
        tm.fsec = 0;
        tm.isdst = -1;
        tm.tz = 0;
        int[] tmaskOut = new int[1];
        for (int i = 0; i < nf; i++) {
            int tmask;
            switch (ftype[i]) {
                case DTK_DATE -> {
                    if (i == 0 && nf >= 2 && (ftype[nf - 1] == DTK_DATE || ftype[1] == DTK_TIME)) {
                        tmask = DateFields.decodeDate(field[i], fmask, is2digits, tm, order);
                    } else if (DateTimeFields.isDigit(field[i].charAt(0))) {
                        if ((fmask & DTK_TIME_M) == DTK_TIME_M) {
                            throw DateTimeError.badFormat();
                        }
                        int dash = field[i].indexOf('-');
                        if (dash < 0) {
                            throw DateTimeError.badFormat();
                        }
                        tm.tz = DateFields.decodeTimezone(field[i].substring(dash));
                        String rest = field[i].substring(0, dash);
                        ftype[i] = DateFields.decodeNumberField(
                                rest.length(), rest, fmask | DTK_DATE_M, tmaskOut, tm, is2digits);
                        tmask = tmaskOut[0] | m(TZ);
                    } else {
                        namedTz = TimeZones.named(field[i]);
                        if (namedTz == null) {
                            throw unknownZone(field[i]);
                        }
                        ftype[i] = DTK_TZ;
                        tmask = m(TZ);
                    }
                }
                case DTK_TIME -> // unlike DecodeDateTime, a pending unit prefix is left as it is
                    tmask = DateFields.decodeTime(field[i], tm);
                case DTK_TZ -> {
                    tm.tz = DateFields.decodeTimezone(field[i]);
                    tmask = m(TZ);
                }
                case DTK_NUMBER -> {
                    if (ptype != 0) {
                        int[] r = unitNumber(field[i], ptype, fmask, is2digits);
                        tmask = r[0];
                        if (r[1] != 0) {
                            isjulian = true;
                        }
                        if (ptype == DTK_TIME) {
                            ftype[i] = DTK_TIME;
                        }
                        ptype = 0;
                        dtype = DTK_DATE;
                    } else {
                        String s = field[i];
                        int flen = s.length();
                        int dot = s.indexOf('.');
                        if (dot >= 0) {
                            if (i == 0 && nf >= 2 && ftype[nf - 1] == DTK_DATE) {
                                tmask = DateFields.decodeDate(s, fmask, is2digits, tm, order);
                            } else if (dot > 2) {
                                ftype[i] = DateFields.decodeNumberField(
                                        flen, s, fmask | DTK_DATE_M, tmaskOut, tm, is2digits);
                                tmask = tmaskOut[0];
                            } else {
                                throw DateTimeError.badFormat();
                            }
                        } else if (flen > 4) {
                            ftype[i] =
                                    DateFields.decodeNumberField(flen, s, fmask | DTK_DATE_M, tmaskOut, tm, is2digits);
                            tmask = tmaskOut[0];
                        } else {
                            DateFields.decodeNumber(flen, s, false, fmask | DTK_DATE_M, tmaskOut, tm, is2digits, order);
                            tmask = tmaskOut[0];
                        }
                    }
                }
                case DTK_STRING, DTK_SPECIAL -> {
                    int type;
                    int val;
                    TzAbbreviations.Abbrev ab = TzAbbreviations.lookup(field[i]);
                    if (ab != null) {
                        type = ab.type();
                        val = ab.offset();
                    } else {
                        DateTimeKeywords.Token t = DateTimeKeywords.special(field[i]);
                        type = t == null ? UNKNOWN_FIELD : t.type();
                        val = t == null ? 0 : t.value();
                    }
                    if (type == IGNORE_DTF) {
                        continue;
                    }
                    tmask = m(type);
                    switch (type) {
                        case RESERV -> {
                            if (val == DTK_NOW) {
                                tmask = DTK_TIME_M;
                                dtype = DTK_TIME;
                                PgTm cur = new PgTm();
                                currentTime(cur);
                                tm.hour = cur.hour;
                                tm.min = cur.min;
                                tm.sec = cur.sec;
                                tm.fsec = cur.fsec;
                                tm.year = cur.year;
                                tm.mon = cur.mon;
                                tm.mday = cur.mday;
                            } else if (val == DTK_ZULU) {
                                tmask = DTK_TIME_M | m(TZ);
                                dtype = DTK_TIME;
                                tm.hour = 0;
                                tm.min = 0;
                                tm.sec = 0;
                                tm.isdst = 0;
                            } else {
                                throw DateTimeError.badFormat();
                            }
                        }
                        case DTZMOD -> {
                            tmask |= m(DTZ);
                            tm.isdst = 1;
                            tm.tz -= val;
                        }
                        case DTZ -> {
                            tmask |= m(TZ);
                            tm.isdst = 1;
                            tm.tz = -val;
                            ftype[i] = DTK_TZ;
                        }
                        case TZ -> {
                            tm.isdst = 0;
                            tm.tz = -val;
                            ftype[i] = DTK_TZ;
                        }
                        case DYNTZ -> {
                            tmask |= m(TZ);
                            abbrevTz = ab.zone();
                            abbrev = field[i];
                            ftype[i] = DTK_TZ;
                        }
                        case AMPM -> mer = val;
                        case ADBC -> bc = val == BC;
                        case UNITS -> {
                            tmask = 0;
                            ptype = val;
                        }
                        case ISOTIME -> {
                            tmask = 0;
                            if (i >= nf - 1
                                    || (ftype[i + 1] != DTK_NUMBER
                                            && ftype[i + 1] != DTK_TIME
                                            && ftype[i + 1] != DTK_DATE)) {
                                throw DateTimeError.badFormat();
                            }
                            ptype = val;
                        }
                        case UNKNOWN_FIELD -> {
                            namedTz = TimeZones.named(field[i]);
                            if (namedTz == null) {
                                throw DateTimeError.badFormat();
                            }
                            tmask = m(TZ);
                        }
                        default -> throw DateTimeError.badFormat();
                    }
                }
                default -> throw DateTimeError.badFormat();
            }
            if ((tmask & fmask) != 0) {
                throw DateTimeError.badFormat();
            }
            fmask |= tmask;
        }
        DateFields.validateDate(fmask, isjulian, is2digits[0], bc, tm);
        applyMeridian(mer);
        if (DateFields.timeOverflows(tm.hour, tm.min, tm.sec, tm.fsec)) {
            throw DateTimeError.fieldOverflow();
        }
        if ((fmask & DTK_TIME_M) != DTK_TIME_M) {
            throw DateTimeError.badFormat();
        }
        if (namedTz != null) {
            if ((fmask & m(DTZMOD)) != 0) {
                throw DateTimeError.badFormat();
            }
            if (namedTz.isFixed()) {
                tm.tz = -namedTz.fixedOffsetEast();
            } else {
                if ((fmask & DTK_DATE_M) != DTK_DATE_M) {
                    throw DateTimeError.badFormat();
                }
                tm.tz = namedZoneOffset(tm, namedTz);
            }
        }
        if (abbrevTz != null) {
            if ((fmask & m(DTZMOD)) != 0) {
                throw DateTimeError.badFormat();
            }
            PgTm tmp = probeDate(fmask);
            tm.tz = -TzAbbreviations.dynamicOffset(abbrev, abbrevTz, TimeZones.localDateTime(tmp), tmp);
        }
        if ((fmask & m(TZ)) == 0) {
            if ((fmask & m(DTZMOD)) != 0) {
                throw DateTimeError.badFormat();
            }
            PgTm tmp = probeDate(fmask);
            tm.tz = TimeZones.determineOffset(tmp, TzifRules.of(session));
        }
    }

    /** The given date (which must be complete) or today's, with the decoded time of day. */
    private PgTm probeDate(int fmask) {
        PgTm tmp = new PgTm();
        if ((fmask & DTK_DATE_M) == 0) {
            currentTime(tmp);
        } else {
            if ((fmask & DTK_DATE_M) != DTK_DATE_M) {
                throw DateTimeError.badFormat();
            }
            tmp.year = tm.year;
            tmp.mon = tm.mon;
            tmp.mday = tm.mday;
        }
        tmp.hour = tm.hour;
        tmp.min = tm.min;
        tmp.sec = tm.sec;
        return tmp;
    }
}

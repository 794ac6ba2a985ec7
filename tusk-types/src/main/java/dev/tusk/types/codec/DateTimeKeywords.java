package dev.tusk.types.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL 15's date/time keyword tables ({@code datetktbl} for dates and times, {@code deltatktbl} for
 * interval units) with its lookup rule: tokens are compared on their first 10 characters (TOKMAXLEN), so
 * {@code microseconds} finds {@code microsecon}. The type and value codes are PostgreSQL's, since the
 * decoders combine them into bit masks exactly as PostgreSQL does.
 */
final class DateTimeKeywords {
    private DateTimeKeywords() {}

    // token types (datetime.h); DTK_M(type) = 1 << type
    static final int RESERV = 0;
    static final int MONTH = 1;
    static final int YEAR = 2;
    static final int DAY = 3;
    static final int JULIAN = 4;
    static final int TZ = 5;
    static final int DTZ = 6;
    static final int DYNTZ = 7;
    static final int IGNORE_DTF = 8;
    static final int AMPM = 9;
    static final int HOUR = 10;
    static final int MINUTE = 11;
    static final int SECOND = 12;
    static final int MILLISECOND = 13;
    static final int MICROSECOND = 14;
    static final int DOY = 15;
    static final int DOW = 16;
    static final int UNITS = 17;
    static final int ADBC = 18;
    static final int AGO = 19;
    static final int ISOTIME = 23;
    static final int WEEK = 24;
    static final int DECADE = 25;
    static final int CENTURY = 26;
    static final int MILLENNIUM = 27;
    static final int DTZMOD = 28;
    static final int UNKNOWN_FIELD = 31;

    // field types and token values (DTK_*)
    static final int DTK_NUMBER = 0;
    static final int DTK_STRING = 1;
    static final int DTK_DATE = 2;
    static final int DTK_TIME = 3;
    static final int DTK_TZ = 4;
    static final int DTK_SPECIAL = 6;
    static final int DTK_EARLY = 9;
    static final int DTK_LATE = 10;
    static final int DTK_EPOCH = 11;
    static final int DTK_NOW = 12;
    static final int DTK_YESTERDAY = 13;
    static final int DTK_TODAY = 14;
    static final int DTK_TOMORROW = 15;
    static final int DTK_ZULU = 16;
    static final int DTK_DELTA = 17;
    static final int DTK_SECOND = 18;
    static final int DTK_MINUTE = 19;
    static final int DTK_HOUR = 20;
    static final int DTK_DAY = 21;
    static final int DTK_WEEK = 22;
    static final int DTK_MONTH = 23;
    static final int DTK_QUARTER = 24;
    static final int DTK_YEAR = 25;
    static final int DTK_DECADE = 26;
    static final int DTK_CENTURY = 27;
    static final int DTK_MILLENNIUM = 28;
    static final int DTK_MILLISEC = 29;
    static final int DTK_MICROSEC = 30;
    static final int DTK_JULIAN = 31;
    static final int DTK_DOW = 32;
    static final int DTK_DOY = 33;
    static final int DTK_TZ_HOUR = 34;
    static final int DTK_TZ_MINUTE = 35;
    static final int DTK_ISOYEAR = 36;
    static final int DTK_ISODOW = 37;

    static final int AM = 0;
    static final int PM = 1;
    static final int HR24 = 2;
    static final int AD = 0;
    static final int BC = 1;

    static final int DTK_ALL_SECS_M = m(SECOND) | m(MILLISECOND) | m(MICROSECOND);
    static final int DTK_DATE_M = m(YEAR) | m(MONTH) | m(DAY);
    static final int DTK_TIME_M = m(HOUR) | m(MINUTE) | DTK_ALL_SECS_M;

    /** DTK_M: the mask bit of a token type. */
    static int m(int type) {
        return 1 << type;
    }

    /** A table entry: the token type and its value. */
    record Token(int type, int value) {}

    private static final Map<String, Token> DATE = new HashMap<>();
    private static final Map<String, Token> DELTA = new HashMap<>();

    private static void d(String token, int type, int value) {
        DATE.put(token, new Token(type, value));
    }

    private static void u(String token, int type, int value) {
        DELTA.put(token, new Token(type, value));
    }

    static {
        d("-infinity", RESERV, DTK_EARLY);
        d("ad", ADBC, AD);
        d("allballs", RESERV, DTK_ZULU);
        d("am", AMPM, AM);
        d("at", IGNORE_DTF, 0);
        d("bc", ADBC, BC);
        d("d", UNITS, DTK_DAY);
        d("dow", UNITS, DTK_DOW);
        d("doy", UNITS, DTK_DOY);
        d("dst", DTZMOD, 3600);
        d("epoch", RESERV, DTK_EPOCH);
        d("h", UNITS, DTK_HOUR);
        d("infinity", RESERV, DTK_LATE);
        d("isodow", UNITS, DTK_ISODOW);
        d("isoyear", UNITS, DTK_ISOYEAR);
        d("j", UNITS, DTK_JULIAN);
        d("jd", UNITS, DTK_JULIAN);
        d("julian", UNITS, DTK_JULIAN);
        d("m", UNITS, DTK_MONTH);
        d("mm", UNITS, DTK_MINUTE);
        d("now", RESERV, DTK_NOW);
        d("on", IGNORE_DTF, 0);
        d("pm", AMPM, PM);
        d("s", UNITS, DTK_SECOND);
        d("t", ISOTIME, DTK_TIME);
        d("today", RESERV, DTK_TODAY);
        d("tomorrow", RESERV, DTK_TOMORROW);
        d("y", UNITS, DTK_YEAR);
        d("yesterday", RESERV, DTK_YESTERDAY);
        String[][] months = {
            {"jan", "january"},
            {"feb", "february"},
            {"mar", "march"},
            {"apr", "april"},
            {"may"},
            {"jun", "june"},
            {"jul", "july"},
            {"aug", "august"},
            {"sep", "sept", "september"},
            {"oct", "october"},
            {"nov", "november"},
            {"dec", "december"}
        };
        for (int i = 0; i < months.length; i++) {
            for (String name : months[i]) {
                d(name, MONTH, i + 1);
            }
        }
        String[][] days = {
            {"sun", "sunday"},
            {"mon", "monday"},
            {"tue", "tues", "tuesday"},
            {"wed", "wednesday", "weds"},
            {"thu", "thur", "thurs", "thursday"},
            {"fri", "friday"},
            {"sat", "saturday"}
        };
        for (int i = 0; i < days.length; i++) {
            for (String name : days[i]) {
                d(name, DOW, i);
            }
        }

        u("@", IGNORE_DTF, 0);
        u("ago", AGO, 0);
        for (String s : new String[] {"c", "cent", "centuries", "century"}) {
            u(s, UNITS, DTK_CENTURY);
        }
        for (String s : new String[] {"d", "day", "days"}) {
            u(s, UNITS, DTK_DAY);
        }
        for (String s : new String[] {"dec", "decade", "decades", "decs"}) {
            u(s, UNITS, DTK_DECADE);
        }
        for (String s : new String[] {"h", "hour", "hours", "hr", "hrs"}) {
            u(s, UNITS, DTK_HOUR);
        }
        for (String s : new String[] {"m", "min", "mins", "minute", "minutes"}) {
            u(s, UNITS, DTK_MINUTE);
        }
        for (String s : new String[] {"microsecon", "us", "usec", "usecond", "useconds", "usecs"}) {
            u(s, UNITS, DTK_MICROSEC);
        }
        for (String s : new String[] {"mil", "millennia", "millennium", "mils"}) {
            u(s, UNITS, DTK_MILLENNIUM);
        }
        for (String s : new String[] {"millisecon", "ms", "msec", "msecond", "mseconds", "msecs"}) {
            u(s, UNITS, DTK_MILLISEC);
        }
        for (String s : new String[] {"mon", "mons", "month", "months"}) {
            u(s, UNITS, DTK_MONTH);
        }
        for (String s : new String[] {"qtr", "quarter"}) {
            u(s, UNITS, DTK_QUARTER);
        }
        for (String s : new String[] {"s", "sec", "second", "seconds", "secs"}) {
            u(s, UNITS, DTK_SECOND);
        }
        u("timezone", UNITS, DTK_TZ);
        u("timezone_h", UNITS, DTK_TZ_HOUR);
        u("timezone_m", UNITS, DTK_TZ_MINUTE);
        for (String s : new String[] {"w", "week", "weeks"}) {
            u(s, UNITS, DTK_WEEK);
        }
        for (String s : new String[] {"y", "year", "years", "yr", "yrs"}) {
            u(s, UNITS, DTK_YEAR);
        }
    }

    /** DecodeSpecial: a datetktbl entry for a lower-case token, or null. */
    static Token special(String lowToken) {
        return lookup(DATE, lowToken);
    }

    /** DecodeUnits: a deltatktbl entry for a lower-case token, or null. */
    static Token units(String lowToken) {
        return lookup(DELTA, lowToken);
    }

    /** True when the token is in datetktbl (ParseDateTime's "is this a keyword" test). */
    static boolean isDateKeyword(String lowToken) {
        return special(lowToken) != null;
    }

    /** strncmp(key, token, 10) == 0: exact for short tokens, a 10-character prefix match for 10-character ones. */
    private static Token lookup(Map<String, Token> table, String key) {
        Token t = table.get(key);
        if (t != null) {
            return t;
        }
        if (key.length() > 10) {
            Token p = table.get(key.substring(0, 10));
            return p;
        }
        return null;
    }
}

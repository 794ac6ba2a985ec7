package dev.tusk.calcite.datetime;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The field names EXTRACT, date_part and date_trunc accept, spelled every way PostgreSQL's DecodeUnits reads them. */
public enum DatetimeUnits {
    /** Microseconds. */
    MICROSECOND,
    /** Milliseconds. */
    MILLISECOND,
    /** Seconds. */
    SECOND,
    /** Minutes. */
    MINUTE,
    /** Hours. */
    HOUR,
    /** Days. */
    DAY,
    /** ISO weeks. */
    WEEK,
    /** Months. */
    MONTH,
    /** Quarters. */
    QUARTER,
    /** Years. */
    YEAR,
    /** Decades. */
    DECADE,
    /** Centuries. */
    CENTURY,
    /** Millennia. */
    MILLENNIUM,
    /** The UTC offset in seconds. */
    TIMEZONE,
    /** The hours of the UTC offset. */
    TIMEZONE_HOUR,
    /** The minutes of the UTC offset. */
    TIMEZONE_MINUTE,
    /** Day of the week, Sunday 0. */
    DOW,
    /** ISO day of the week, Monday 1 to Sunday 7. */
    ISODOW,
    /** Day of the year. */
    DOY,
    /** ISO 8601 week-numbering year. */
    ISOYEAR,
    /** Julian day. */
    JULIAN,
    /** Seconds since 1970-01-01 00:00 UTC. */
    EPOCH,
    /** A reserved word that is not a field (now, today, infinity...): "not supported". */
    RESERVED;

    private static final Map<String, DatetimeUnits> TOKENS = new HashMap<>();
    private static final Set<String> RESERVED_WORDS =
            Set.of("infinity", "-infinity", "now", "today", "tomorrow", "yesterday", "allballs", "z", "zulu");

    static {
        put(CENTURY, "c", "cent", "centuries", "century");
        put(DAY, "d", "day", "days");
        put(DECADE, "dec", "decade", "decades", "decs");
        put(HOUR, "h", "hour", "hours", "hr", "hrs");
        put(MINUTE, "m", "min", "mins", "minute", "minutes");
        put(MICROSECOND, "microsecon", "us", "usec", "usecond", "useconds", "usecs");
        put(MILLENNIUM, "mil", "millennia", "millennium", "mils");
        put(MILLISECOND, "millisecon", "ms", "msec", "msecond", "mseconds", "msecs");
        put(MONTH, "mon", "mons", "month", "months");
        put(QUARTER, "qtr", "quarter");
        put(SECOND, "s", "sec", "second", "seconds", "secs");
        put(TIMEZONE, "timezone");
        put(TIMEZONE_HOUR, "timezone_h");
        put(TIMEZONE_MINUTE, "timezone_m");
        put(WEEK, "w", "week", "weeks");
        put(YEAR, "y", "year", "years", "yr", "yrs");
        put(DOW, "dow");
        put(DOY, "doy");
        put(ISODOW, "isodow");
        put(ISOYEAR, "isoyear");
        put(JULIAN, "j", "jd", "julian");
        put(EPOCH, "epoch");
    }

    private static void put(DatetimeUnits unit, String... tokens) {
        for (String t : tokens) {
            TOKENS.put(t, unit);
        }
    }

    /** PostgreSQL's lower-casing of the unit text (ASCII only, as downcase_truncate_identifier). */
    public static String lower(String units) {
        StringBuilder sb = new StringBuilder(units.length());
        for (int i = 0; i < units.length(); i++) {
            char c = units.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    /**
     * The unit a name denotes, compared on its first 10 characters as DecodeUnits does; 22023 {@code unit "x" not
     * recognized for type t} when it denotes none.
     */
    public static DatetimeUnits of(String lowUnits, String typeName) {
        String key = lowUnits.length() > 10 ? lowUnits.substring(0, 10) : lowUnits;
        DatetimeUnits u = TOKENS.get(key);
        if (u == null && RESERVED_WORDS.contains(key)) {
            u = RESERVED;
        }
        if (u == null) {
            throw new PgException(
                    SqlState.INVALID_PARAMETER_VALUE, "unit \"" + lowUnits + "\" not recognized for type " + typeName);
        }
        return u;
    }

    /** 0A000 {@code unit "x" not supported for type t}. */
    public static PgException notSupported(String lowUnits, String typeName) {
        return new PgException(
                SqlState.FEATURE_NOT_SUPPORTED, "unit \"" + lowUnits + "\" not supported for type " + typeName);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

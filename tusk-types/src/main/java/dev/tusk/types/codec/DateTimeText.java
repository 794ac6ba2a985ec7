package dev.tusk.types.codec;

import dev.tusk.types.DateStyle;
import java.time.LocalDate;

/** Date/time text rendering per DateStyle and a parser for the common PostgreSQL input forms. */
final class DateTimeText {
    /** Days from 1970-01-01 to PostgreSQL's epoch 2000-01-01. */
    static final long PG_EPOCH_DAYS = 10957;
    /** Microseconds per day. */
    static final long USECS_PER_DAY = 86_400_000_000L;

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private DateTimeText() {}

    // ---------------------------------------------------------------- output

    /** Appends the date part in the given style (ISO {@code 2024-01-02}, SQL, German or Postgres). */
    static void appendDate(StringBuilder sb, LocalDate d, DateStyle ds) {
        int year = d.getYear() > 0 ? d.getYear() : 1 - d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        boolean dmy = ds.order() == DateStyle.Order.DMY;
        switch (ds.style()) {
            case ISO -> {
                pad4(sb, year);
                sb.append('-');
                pad2(sb, m);
                sb.append('-');
                pad2(sb, day);
            }
            case SQL -> {
                pad2(sb, dmy ? day : m);
                sb.append('/');
                pad2(sb, dmy ? m : day);
                sb.append('/');
                pad4(sb, year);
            }
            case GERMAN -> {
                pad2(sb, day);
                sb.append('.');
                pad2(sb, m);
                sb.append('.');
                pad4(sb, year);
            }
            case POSTGRES -> {
                pad2(sb, dmy ? day : m);
                sb.append('-');
                pad2(sb, dmy ? m : day);
                sb.append('-');
                pad4(sb, year);
            }
        }
    }

    /** Appends {@code HH:MM:SS} plus the fraction without trailing zeros. */
    static void appendTime(StringBuilder sb, long microsOfDay) {
        long secs = microsOfDay / 1_000_000;
        int frac = (int) (microsOfDay % 1_000_000);
        pad2(sb, (int) (secs / 3600));
        sb.append(':');
        pad2(sb, (int) (secs / 60 % 60));
        sb.append(':');
        pad2(sb, (int) (secs % 60));
        appendFraction(sb, frac);
    }

    /** Appends {@code .ffffff} with trailing zeros removed, or nothing for zero. */
    static void appendFraction(StringBuilder sb, int micros) {
        if (micros == 0) {
            return;
        }
        sb.append('.');
        String f = Integer.toString(micros + 1_000_000).substring(1);
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(f, 0, end);
    }

    /** Appends a UTC offset as PostgreSQL does: {@code +01}, {@code +05:30}, {@code -04:56:02}. */
    static void appendOffset(StringBuilder sb, int offsetSeconds) {
        sb.append(offsetSeconds < 0 ? '-' : '+');
        int a = Math.abs(offsetSeconds);
        pad2(sb, a / 3600);
        if (a % 3600 != 0) {
            sb.append(':');
            pad2(sb, a / 60 % 60);
            if (a % 60 != 0) {
                sb.append(':');
                pad2(sb, a % 60);
            }
        }
    }

    /**
     * Renders a timestamp given as local date and time of day, with an optional offset
     * ({@code Integer.MIN_VALUE} for none), in the given style. The non-ISO styles print the zone
     * abbreviation {@code tzName} after the time (PostgreSQL's {@code EncodeDateTime}), or the numeric offset
     * when it is null.
     */
    static String timestamp(LocalDate date, long microsOfDay, int offsetSeconds, String tzName, DateStyle ds) {
        StringBuilder sb = new StringBuilder(40);
        boolean hasTz = offsetSeconds != Integer.MIN_VALUE;
        if (ds.style() == DateStyle.Style.POSTGRES) {
            int year = date.getYear() > 0 ? date.getYear() : 1 - date.getYear();
            sb.append(DAYS[date.getDayOfWeek().getValue() - 1]).append(' ');
            if (ds.order() == DateStyle.Order.DMY) {
                pad2(sb, date.getDayOfMonth());
                sb.append(' ').append(MONTHS[date.getMonthValue() - 1]);
            } else {
                sb.append(MONTHS[date.getMonthValue() - 1]).append(' ');
                pad2(sb, date.getDayOfMonth());
            }
            sb.append(' ');
            appendTime(sb, microsOfDay);
            sb.append(' ');
            pad4(sb, year);
            if (hasTz) {
                appendZoneName(sb, offsetSeconds, tzName);
            }
        } else {
            appendDate(sb, date, ds);
            sb.append(' ');
            appendTime(sb, microsOfDay);
            if (hasTz) {
                if (ds.style() == DateStyle.Style.ISO) {
                    appendOffset(sb, offsetSeconds);
                } else {
                    appendZoneName(sb, offsetSeconds, tzName);
                }
            }
        }
        if (date.getYear() <= 0) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    /** Appends {@code " "} and the zone abbreviation, or the numeric offset when there is none. */
    private static void appendZoneName(StringBuilder sb, int offsetSeconds, String tzName) {
        sb.append(' ');
        if (tzName != null) {
            sb.append(tzName);
        } else {
            appendOffset(sb, offsetSeconds);
        }
    }

    /** Renders a date alone (BC suffix included). */
    static String date(LocalDate date, DateStyle ds) {
        StringBuilder sb = new StringBuilder(16);
        appendDate(sb, date, ds);
        if (date.getYear() <= 0) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    static void pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    static void pad4(StringBuilder sb, int v) {
        if (v < 1000) {
            sb.append(v < 10 ? "000" : v < 100 ? "00" : "0");
        }
        sb.append(v);
    }
}

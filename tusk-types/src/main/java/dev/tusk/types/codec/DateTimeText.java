package dev.tusk.types.codec;

import dev.tusk.types.DateStyle;
import dev.tusk.types.PgTypeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern DATE =
            Pattern.compile("(\\d+)([-/.])(\\d+)\\2(\\d+)(?:\\s*(bc|ad))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_COMPACT_DATE = Pattern.compile("(\\d{4,})(\\d{2})(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(\\.\\d*)?)?");
    private static final Pattern ZONE = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2})(?::?(\\d{2}))?)?");
    /** A zone abbreviation ({@code EST}) or name ({@code America/New_York}). */
    private static final Pattern ZONE_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_/+-]*");

    private static final Pattern POSTGRES_STYLE = Pattern.compile(
            "(?:(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\\s+)?"
                    + "(?:([a-z]{3})[a-z]*\\s+(\\d{1,2})|(\\d{1,2})\\s+([a-z]{3})[a-z]*)\\s+"
                    + "(\\d{1,2}:\\d{1,2}(?::\\d{1,2}(?:\\.\\d*)?)?)\\s+(\\d+)"
                    + "(?:\\s+(?!(?:bc|ad)(?:\\s|$))([+-]\\d[\\d:]*|[a-z][a-z0-9_/+-]*))?(?:\\s+(bc|ad))?",
            Pattern.CASE_INSENSITIVE);

    private DateTimeText() {}

    /** Parses the Postgres DateStyle output form {@code Tue Jan 02 03:04:05.5 2024 [BC]}, or returns null. */
    private static Parsed parsePostgresStyle(String s, String orig) {
        Matcher m = POSTGRES_STYLE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String monthName = m.group(1) != null ? m.group(1) : m.group(4);
        String dayField = m.group(1) != null ? m.group(2) : m.group(3);
        int month = -1;
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(monthName)) {
                month = i + 1;
            }
        }
        if (month < 0) {
            throw new BadFormat();
        }
        LocalDate date = makeDate(parseField(m.group(6), orig), month, parseField(dayField, orig), orig);
        if (m.group(8) != null && m.group(8).equalsIgnoreCase("bc")) {
            date = date.withYear(1 - date.getYear());
        }
        Matcher t = TIME.matcher(m.group(5));
        if (!t.matches()) {
            throw new BadFormat();
        }
        long time = timeOfDay(t, orig);
        Integer offset = null;
        String zone = m.group(7);
        if (zone != null) {
            Matcher z = ZONE.matcher(zone);
            offset = z.matches() ? offsetSeconds(z, orig) : zoneWordOffset(zone, date, time);
        }
        return new Parsed(date, time, offset);
    }

    /** Thrown by the parser for input that is not a date/time at all; callers add the type name. */
    static final class BadFormat extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFormat() {
            super(null, null, false, false);
        }
    }

    /** 22007 {@code invalid input syntax for type <type>: "<input>"}. */
    static PgTypeException badFormat(String type, String input) {
        return new PgTypeException(
                PgTypeException.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + type + ": \"" + input + "\"");
    }

    /** 22008 {@code date/time field value out of range: "<input>"}. */
    static PgTypeException fieldOverflow(String input) {
        return new PgTypeException(
                PgTypeException.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + input + "\"");
    }

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

    // ---------------------------------------------------------------- input

    /** A parsed date/time: fields present are non-null. */
    record Parsed(LocalDate date, Long microsOfDay, Integer offsetSeconds) {}

    /**
     * Parses {@code [date] [time] [zone] [BC|AD]} forms: ISO {@code 2024-01-02 03:04:05.5+01},
     * {@code T} separators, {@code 01/02/2024} per DateStyle order, {@code 20240102}.
     *
     * @throws BadFormat for unrecognised input (the caller reports its type)
     * @throws PgTypeException for field overflow
     */
    static Parsed parse(String orig, DateStyle.Order order, boolean wantDate, boolean wantTime) {
        String s = BaseCodec.trim(orig);
        LocalDate date = null;
        Long time = null;
        Integer offset = null;
        String zoneWord = null;
        boolean bc = false;
        int pos = 0;
        if (wantDate && wantTime && !s.isEmpty() && Character.isLetter(s.charAt(0))) {
            Parsed p = parsePostgresStyle(s, orig);
            if (p != null) {
                return p;
            }
        }
        if (wantDate) {
            Matcher m = DATE.matcher(s);
            Matcher c = ISO_COMPACT_DATE.matcher(s);
            int end;
            int y;
            int mo;
            int d;
            String yField;
            if (m.lookingAt()) {
                String f1 = m.group(1);
                String f2 = m.group(3);
                String f3 = m.group(4);
                if (f1.length() >= 3 || order == DateStyle.Order.YMD) {
                    yField = f1;
                    mo = parseField(f2, orig);
                    d = parseField(f3, orig);
                } else if (order == DateStyle.Order.DMY) {
                    d = parseField(f1, orig);
                    mo = parseField(f2, orig);
                    yField = f3;
                } else {
                    mo = parseField(f1, orig);
                    d = parseField(f2, orig);
                    yField = f3;
                }
                bc = m.group(5) != null && m.group(5).equalsIgnoreCase("bc");
                end = m.end();
            } else if (c.lookingAt() && (c.end() == s.length() || !Character.isDigit(s.charAt(c.end())))) {
                yField = c.group(1);
                mo = parseField(c.group(2), orig);
                d = parseField(c.group(3), orig);
                end = c.end();
            } else {
                throw new BadFormat();
            }
            y = parseField(yField, orig);
            if (yField.length() == 2) {
                y += y < 70 ? 2000 : 1900;
            }
            date = makeDate(y, mo, d, orig);
            pos = end;
        }
        pos = skipSpaces(s, pos);
        if (wantTime && pos < s.length()) {
            if (wantDate && (s.charAt(pos) == 'T' || s.charAt(pos) == 't')) {
                pos++;
            }
            Matcher t = TIME.matcher(s);
            t.region(pos, s.length());
            if (t.lookingAt()) {
                time = timeOfDay(t, orig);
                pos = skipSpaces(s, t.end());
            } else if (!wantDate) {
                throw new BadFormat();
            }
        } else if (wantTime && !wantDate) {
            throw new BadFormat();
        }
        if (pos < s.length() && (time != null || !wantDate)) {
            Matcher z = ZONE.matcher(s);
            z.region(pos, s.length());
            Matcher w = ZONE_WORD.matcher(s);
            w.region(pos, s.length());
            if (z.lookingAt()) {
                offset = offsetSeconds(z, orig);
                pos = skipSpaces(s, z.end());
            } else if (w.lookingAt()
                    && !w.group().equalsIgnoreCase("bc")
                    && !w.group().equalsIgnoreCase("ad")) {
                zoneWord = w.group();
                pos = skipSpaces(s, w.end());
            }
        }
        if (pos < s.length()) {
            String rest = s.substring(pos).toLowerCase(Locale.ROOT);
            if (date != null && (rest.equals("bc") || rest.equals("ad")) && !bc) {
                bc = rest.equals("bc");
                pos = s.length();
            }
        }
        if (pos != s.length()) {
            throw new BadFormat();
        }
        if (bc && date != null) {
            date = date.withYear(1 - date.getYear());
        }
        if (zoneWord != null) {
            offset = zoneWordOffset(zoneWord, date, time == null ? 0 : time);
        }
        return new Parsed(date, time, offset);
    }

    /** The UTC offset a zone abbreviation or name stands for at a local date and time; BadFormat if unknown. */
    private static int zoneWordOffset(String word, LocalDate date, long microsOfDay) {
        Integer off = TzAbbreviations.inputOffset(
                word, date == null ? null : date.atStartOfDay().plusNanos(microsOfDay * 1000));
        if (off == null) {
            throw new BadFormat();
        }
        return off;
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && BaseCodec.isSpace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int parseField(String f, String orig) {
        if (f.length() > 9) {
            throw fieldOverflow(orig);
        }
        return Integer.parseInt(f);
    }

    private static LocalDate makeDate(int y, int m, int d, String orig) {
        if (y == 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            throw fieldOverflow(orig);
        }
        LocalDate first = LocalDate.of(y, m, 1);
        if (d > first.lengthOfMonth()) {
            throw fieldOverflow(orig);
        }
        return first.withDayOfMonth(d);
    }

    private static long timeOfDay(Matcher t, String orig) {
        int h = Integer.parseInt(t.group(1));
        int mi = Integer.parseInt(t.group(2));
        int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        long frac = 0;
        if (t.group(4) != null && t.group(4).length() > 1) {
            frac = (long) Math.rint(Double.parseDouble("0" + t.group(4)) * 1_000_000.0);
        }
        if (h < 0 || h > 24 || mi < 0 || mi > 59 || sec < 0 || sec > 60) {
            throw fieldOverflow(orig);
        }
        long micros = ((h * 60L + mi) * 60 + sec) * 1_000_000 + frac;
        if (micros > USECS_PER_DAY) {
            throw fieldOverflow(orig);
        }
        return micros;
    }

    private static int offsetSeconds(Matcher z, String orig) {
        if (z.group(1) == null) {
            return 0;
        }
        int h = Integer.parseInt(z.group(2));
        int m = z.group(3) == null ? 0 : Integer.parseInt(z.group(3));
        int sec = z.group(4) == null ? 0 : Integer.parseInt(z.group(4));
        if (h > 15 || m > 59 || sec > 59) {
            throw new PgTypeException("22009", "time zone displacement out of range: \"" + orig + "\"");
        }
        int total = h * 3600 + m * 60 + sec;
        return z.group(1).equals("-") ? -total : total;
    }
}

package dev.tusk.types.codec;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * POSIX time zone specifications ({@code tzparse}), as PostgreSQL accepts them for zone names that are not
 * tz database files and as TZif files end with: a standard-time name (PostgreSQL allows it empty) and offset
 * with POSIX's sign
 * ({@code UTC+3} is three hours <em>west</em> of Greenwich), optionally a daylight-saving name, offset
 * (default one hour ahead) and transition rules ({@code Mm.w.d}, {@code Jn}, {@code n}, with
 * {@code /time}; the US rules {@code M3.2.0,M11.1.0} when none are given). Rules apply from 1770, as
 * PostgreSQL's tzparse generates them.
 */
final class PosixTz {
    private PosixTz() {}

    /** TZ_MAX_CHARS: room for both abbreviations with their terminators. */
    private static final int MAX_CHARS = 50;

    private static final int MAX_OFFSET = 18 * 3600;

    /** Rules for a specification, or null when it is malformed or its rules cannot be represented. */
    static TzRules parse(String spec) {
        Cursor c = new Cursor(spec);
        int stdStart = c.i;
        if (!c.name(0) || c.atEnd()) {
            return null;
        }
        int chars = c.nameLength(stdStart) + 1;
        Integer std = c.offset();
        if (std == null || chars > MAX_CHARS) {
            return null;
        }
        if (c.atEnd()) {
            int shift = Math.abs(std) <= MAX_OFFSET ? 0 : -std;
            return new TzRules(ZoneRules.of(ZoneOffset.ofTotalSeconds(-std - shift)), shift);
        }
        int dstStart = c.i;
        if (!c.name(1)) {
            return null;
        }
        chars += c.nameLength(dstStart) + 1;
        if (chars > MAX_CHARS) {
            return null;
        }
        int dst = std - 3600;
        if (!c.atEnd() && c.peek() != ',' && c.peek() != ';') {
            Integer d = c.offset();
            if (d == null) {
                return null;
            }
            dst = d;
        }
        String startRule = "M3.2.0";
        String endRule = "M11.1.0";
        if (!c.atEnd()) {
            if (c.peek() != ',') {
                return null;
            }
            String[] parts = spec.substring(c.i + 1).split(",", -1);
            if (parts.length != 2) {
                return null;
            }
            startRule = parts[0];
            endRule = parts[1];
        }
        // offsets beyond ZoneOffset's range are held relative to the standard one
        int shift = Math.abs(std) <= MAX_OFFSET && Math.abs(dst) <= MAX_OFFSET ? 0 : -std;
        ZoneOffset stdOff = ZoneOffset.ofTotalSeconds(-std - shift);
        ZoneOffset dstOff = offset(-dst - shift);
        if (dstOff == null) {
            return TzRules.unrepresentable(spec);
        }
        if (dstOff.equals(stdOff)) {
            return new TzRules(ZoneRules.of(stdOff), shift);
        }
        ZoneOffsetTransitionRule start = rule(startRule, stdOff, stdOff, dstOff);
        ZoneOffsetTransitionRule end = rule(endRule, stdOff, dstOff, stdOff);
        if (start == null || end == null) {
            return null;
        }
        ZoneOffsetTransition first = start.createTransition(1770);
        return new TzRules(ZoneRules.of(stdOff, stdOff, List.of(), List.of(first), List.of(start, end)), shift);
    }

    private static ZoneOffset offset(int eastSeconds) {
        if (eastSeconds < -18 * 3600 || eastSeconds > 18 * 3600) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds(eastSeconds);
    }

    /** One transition rule {@code date[/time]}. */
    private static ZoneOffsetTransitionRule rule(String r, ZoneOffset standard, ZoneOffset before, ZoneOffset after) {
        int slash = r.indexOf('/');
        String date = slash < 0 ? r : r.substring(0, slash);
        int secs = 7200;
        if (slash >= 0) {
            Cursor t = new Cursor(r.substring(slash + 1));
            Integer v = t.offset();
            if (v == null || !t.atEnd()) {
                return null;
            }
            secs = v;
        }
        if (secs < 0 || secs > 86400) {
            return null;
        }
        LocalTime time = secs == 86400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(secs);
        boolean endOfDay = secs == 86400;
        Month month;
        int dayIndicator;
        DayOfWeek dow = null;
        try {
            if (date.startsWith("M")) {
                String[] p = date.substring(1).split("\\.");
                if (p.length != 3) {
                    return null;
                }
                int m = Integer.parseInt(p[0]);
                int w = Integer.parseInt(p[1]);
                int d = Integer.parseInt(p[2]);
                if (m < 1 || m > 12 || w < 1 || w > 5 || d < 0 || d > 6) {
                    return null;
                }
                month = Month.of(m);
                dayIndicator = w == 5 ? -1 : 1 + (w - 1) * 7;
                dow = DayOfWeek.of(d == 0 ? 7 : d);
            } else if (date.startsWith("J")) {
                int n = Integer.parseInt(date.substring(1));
                if (n < 1 || n > 365) {
                    return null;
                }
                LocalDateTime day = LocalDateTime.of(2001, 1, 1, 0, 0).plusDays(n - 1);
                month = day.getMonth();
                dayIndicator = day.getDayOfMonth();
            } else {
                int n = Integer.parseInt(date);
                if (n < 0 || n >= 59) {
                    return null; // after February the day moves with leap years
                }
                LocalDateTime day = LocalDateTime.of(2001, 1, 1, 0, 0).plusDays(n);
                month = day.getMonth();
                dayIndicator = day.getDayOfMonth();
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return ZoneOffsetTransitionRule.of(
                month,
                dayIndicator,
                dow,
                time,
                endOfDay,
                ZoneOffsetTransitionRule.TimeDefinition.WALL,
                standard,
                before,
                after);
    }

    /** A reader over a specification. */
    private static final class Cursor {
        final String s;
        int i;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        char peek() {
            return s.charAt(i);
        }

        /** A zone name of at least {@code min} characters, or {@code <...>}. */
        boolean name(int min) {
            if (!atEnd() && peek() == '<') {
                int close = s.indexOf('>', i);
                if (close < 0) {
                    return false;
                }
                int len = close - i - 1;
                i = close + 1;
                return len >= min;
            }
            int start = i;
            while (!atEnd() && isNameChar(peek())) {
                i++;
            }
            return i - start >= min;
        }

        /** tzcode's getzname: anything but digits, commas and signs. */
        private static boolean isNameChar(char c) {
            return c != ',' && c != '-' && c != '+' && (c < '0' || c > '9');
        }

        /** The length of the name read from {@code start}, without angle brackets. */
        int nameLength(int start) {
            return s.charAt(start) == '<' ? i - start - 2 : i - start;
        }

        /** [+-]hh[:mm[:ss]] in POSIX sign (positive is west), hours below 168; null when malformed. */
        Integer offset() {
            int sign = 1;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                sign = peek() == '-' ? -1 : 1;
                i++;
            }
            Integer h = number(167);
            if (h == null) {
                return null;
            }
            int secs = h * 3600;
            if (!atEnd() && peek() == ':') {
                i++;
                Integer m = number(59);
                if (m == null) {
                    return null;
                }
                secs += m * 60;
                if (!atEnd() && peek() == ':') {
                    i++;
                    Integer sec = number(60);
                    if (sec == null) {
                        return null;
                    }
                    secs += sec;
                }
            }
            return sign * secs;
        }

        private Integer number(int max) {
            if (atEnd() || peek() < '0' || peek() > '9') {
                return null;
            }
            int num = 0;
            while (!atEnd() && peek() >= '0' && peek() <= '9') {
                num = num * 10 + (peek() - '0');
                if (num > max) {
                    return null;
                }
                i++;
            }
            return num;
        }
    }
}

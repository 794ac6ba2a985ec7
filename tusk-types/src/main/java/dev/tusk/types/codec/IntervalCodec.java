package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.IntervalStyle;
import dev.tusk.types.PgInterval;
import dev.tusk.types.PgTypeException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code interval}: PgInterval (accepts Duration and Period too); text output in all four
 * IntervalStyles, input in the postgres/postgres_verbose unit syntax and {@code [-]HH:MM:SS}.
 */
public final class IntervalCodec extends BaseCodec<PgInterval> {
    /** The shared instance. */
    public static final IntervalCodec INSTANCE = new IntervalCodec();

    private static final long USECS_PER_HOUR = 3_600_000_000L;
    private static final long USECS_PER_DAY = 86_400_000_000L;
    private static final long USECS_PER_MINUTE = 60_000_000L;
    private static final long USECS_PER_SEC = 1_000_000L;
    private static final Pattern NUMBER_UNIT = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))([a-z]*)");
    private static final Pattern TIME = Pattern.compile("([+-]?)(\\d+):(\\d+)(?::(\\d+(?:\\.\\d*)?))?");

    private IntervalCodec() {
        super("interval", PgInterval.class);
    }

    @Override
    public PgInterval coerce(Object value) {
        if (value instanceof PgInterval i) {
            return i;
        }
        if (value instanceof Duration d) {
            try {
                long micros = Math.addExact(Math.multiplyExact(d.getSeconds(), USECS_PER_SEC), d.getNano() / 1000);
                return PgInterval.ofMicros(micros);
            } catch (ArithmeticException e) {
                throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "interval out of range");
            }
        }
        if (value instanceof Period p) {
            return new PgInterval(Math.toIntExact(p.toTotalMonths()), p.getDays(), 0);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeBinary(PgInterval v, FormatSettings s, ByteSink out) {
        out.writeLong(v.micros());
        out.writeInt(v.days());
        out.writeInt(v.months());
    }

    @Override
    public PgInterval decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 16);
        return new PgInterval(readInt(buf, off + 12), readInt(buf, off + 8), readLong(buf, off));
    }

    @Override
    public void encodeText(PgInterval v, FormatSettings s, ByteSink out) {
        out.writeAscii(format(v, s));
    }

    /** Renders like PostgreSQL's {@code EncodeInterval} in the session IntervalStyle. */
    static String format(PgInterval v, FormatSettings s) {
        int year = v.months() / 12;
        int mon = v.months() % 12;
        long mday = v.days();
        long time = v.micros();
        long hour = time / USECS_PER_HOUR;
        time -= hour * USECS_PER_HOUR;
        int min = (int) (time / USECS_PER_MINUTE);
        time -= min * USECS_PER_MINUTE;
        int sec = (int) (time / USECS_PER_SEC);
        int fsec = (int) (time - sec * USECS_PER_SEC);
        StringBuilder sb = new StringBuilder(40);
        switch (s.intervalStyle()) {
            case POSTGRES -> {
                boolean[] zeroBefore = {true, false};
                addPostgresPart(sb, year, "year", zeroBefore);
                addPostgresPart(sb, mon, "mon", zeroBefore);
                addPostgresPart(sb, mday, "day", zeroBefore);
                if (zeroBefore[0] || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    boolean minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
                    sb.append(zeroBefore[0] ? "" : " ").append(minus ? "-" : zeroBefore[1] ? "+" : "");
                    pad2(sb, Math.abs(hour));
                    sb.append(':');
                    pad2(sb, Math.abs(min));
                    sb.append(':');
                    appendSeconds(sb, sec, fsec, true);
                }
            }
            case POSTGRES_VERBOSE -> {
                sb.append('@');
                boolean[] zeroBefore = {true, false};
                addVerbosePart(sb, year, "year", zeroBefore);
                addVerbosePart(sb, mon, "mon", zeroBefore);
                addVerbosePart(sb, mday, "day", zeroBefore);
                addVerbosePart(sb, hour, "hour", zeroBefore);
                addVerbosePart(sb, min, "min", zeroBefore);
                if (sec != 0 || fsec != 0) {
                    sb.append(' ');
                    if (sec < 0 || (sec == 0 && fsec < 0)) {
                        if (zeroBefore[0]) {
                            zeroBefore[1] = true;
                        } else if (!zeroBefore[1]) {
                            sb.append('-');
                        }
                    } else if (zeroBefore[1]) {
                        sb.append('-');
                    }
                    appendSeconds(sb, sec, fsec, false);
                    sb.append(" sec").append(Math.abs(sec) != 1 || fsec != 0 ? "s" : "");
                    zeroBefore[0] = false;
                }
                if (zeroBefore[0]) {
                    sb.append(" 0");
                }
                if (zeroBefore[1]) {
                    sb.append(" ago");
                }
            }
            case SQL_STANDARD -> {
                boolean neg = year < 0 || mon < 0 || mday < 0 || hour < 0 || min < 0 || sec < 0 || fsec < 0;
                boolean pos = year > 0 || mon > 0 || mday > 0 || hour > 0 || min > 0 || sec > 0 || fsec > 0;
                boolean hasYm = year != 0 || mon != 0;
                boolean hasDt = mday != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
                boolean standard = !(neg && pos) && !(hasYm && hasDt);
                if (neg && standard) {
                    sb.append('-');
                    year = -year;
                    mon = -mon;
                    mday = -mday;
                    hour = -hour;
                    min = -min;
                    sec = -sec;
                    fsec = -fsec;
                }
                if (!neg && !pos) {
                    sb.append('0');
                } else if (!standard) {
                    sb.append(year < 0 || mon < 0 ? '-' : '+')
                            .append(Math.abs(year))
                            .append('-')
                            .append(Math.abs(mon));
                    sb.append(' ').append(mday < 0 ? '-' : '+').append(Math.abs(mday));
                    sb.append(' ').append(hour < 0 || min < 0 || sec < 0 || fsec < 0 ? '-' : '+');
                    sb.append(Math.abs(hour)).append(':');
                    pad2(sb, Math.abs(min));
                    sb.append(':');
                    appendSeconds(sb, sec, fsec, true);
                } else if (hasYm) {
                    sb.append(year).append('-').append(mon);
                } else if (mday != 0) {
                    sb.append(mday).append(' ').append(hour).append(':');
                    pad2(sb, min);
                    sb.append(':');
                    appendSeconds(sb, sec, fsec, true);
                } else {
                    sb.append(hour).append(':');
                    pad2(sb, min);
                    sb.append(':');
                    appendSeconds(sb, sec, fsec, true);
                }
            }
            case ISO_8601 -> {
                if (year == 0 && mon == 0 && mday == 0 && hour == 0 && min == 0 && sec == 0 && fsec == 0) {
                    return "PT0S";
                }
                sb.append('P');
                isoPart(sb, year, 'Y');
                isoPart(sb, mon, 'M');
                isoPart(sb, mday, 'D');
                if (hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    sb.append('T');
                }
                isoPart(sb, hour, 'H');
                isoPart(sb, min, 'M');
                if (sec != 0 || fsec != 0) {
                    if (sec < 0 || fsec < 0) {
                        sb.append('-');
                    }
                    appendSeconds(sb, sec, fsec, false);
                    sb.append('S');
                }
            }
        }
        return sb.toString();
    }

    private static void addPostgresPart(StringBuilder sb, long value, String units, boolean[] zeroBefore) {
        if (value == 0) {
            return;
        }
        sb.append(zeroBefore[0] ? "" : " ")
                .append(zeroBefore[1] && value > 0 ? "+" : "")
                .append(value)
                .append(' ')
                .append(units)
                .append(value != 1 ? "s" : "");
        zeroBefore[1] = value < 0;
        zeroBefore[0] = false;
    }

    private static void addVerbosePart(StringBuilder sb, long value, String units, boolean[] zeroBefore) {
        if (value == 0) {
            return;
        }
        if (zeroBefore[0]) {
            zeroBefore[1] = value < 0;
            value = Math.abs(value);
        } else if (zeroBefore[1]) {
            value = -value;
        }
        sb.append(' ').append(value).append(' ').append(units).append(value == 1 ? "" : "s");
        zeroBefore[0] = false;
    }

    private static void isoPart(StringBuilder sb, long value, char unit) {
        if (value != 0) {
            sb.append(value).append(unit);
        }
    }

    private static void pad2(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    private static void appendSeconds(StringBuilder sb, int sec, int fsec, boolean fillZeros) {
        if (fillZeros) {
            pad2(sb, Math.abs(sec));
        } else {
            sb.append(Math.abs(sec));
        }
        DateTimeText.appendFraction(sb, Math.abs(fsec));
    }

    @Override
    public PgInterval decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        try {
            return parse(orig, s);
        } catch (ArithmeticException e) {
            throw new PgTypeException("22015", "interval field value out of range: \"" + orig + "\"");
        }
    }

    /**
     * Accumulates fields, cascading fractions down the way PostgreSQL's DecodeInterval does: the integer part of
     * each field is added exactly into int64 microseconds (an error only when the int64 total overflows), and the
     * fractional part is rounded to whole microseconds separately.
     */
    private static final class Acc {
        long months;
        long days;
        long micros;

        void add(Unit u, BigDecimal val) {
            long whole = val.setScale(0, RoundingMode.DOWN).longValueExact();
            double frac = val.subtract(BigDecimal.valueOf(whole)).doubleValue();
            switch (u) {
                case MICROSECOND -> addMicros(whole, frac, 1);
                case MILLISECOND -> addMicros(whole, frac, 1000);
                case SECOND -> addMicros(whole, frac, USECS_PER_SEC);
                case MINUTE -> addMicros(whole, frac, USECS_PER_MINUTE);
                case HOUR -> addMicros(whole, frac, USECS_PER_HOUR);
                case DAY -> {
                    days = Math.addExact(days, whole);
                    addFractMicros(frac, USECS_PER_DAY);
                }
                case WEEK -> {
                    days = Math.addExact(days, Math.multiplyExact(whole, 7));
                    addFractDays(frac, 7);
                }
                case MONTH -> {
                    months = Math.addExact(months, whole);
                    addFractDays(frac, 30);
                }
                case YEAR, DECADE, CENTURY, MILLENNIUM -> {
                    months = Math.addExact(months, Math.multiplyExact(whole, 12L * u.years));
                    months = Math.addExact(months, (long) Math.rint(frac * u.years * 12));
                }
            }
        }

        void addMicros(long whole, double frac, long scale) {
            micros = Math.addExact(micros, Math.multiplyExact(whole, scale));
            addFractMicros(frac, scale);
        }

        /** PostgreSQL's AdjustFractMicroseconds. */
        void addFractMicros(double frac, long scale) {
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
            micros = Math.addExact(micros, us);
        }

        /** PostgreSQL's AdjustFractDays. */
        void addFractDays(double frac, int scale) {
            if (frac == 0) {
                return;
            }
            frac *= scale;
            long extra = (long) frac;
            days = Math.addExact(days, extra);
            addFractMicros(frac - extra, USECS_PER_DAY);
        }

        PgInterval result(boolean negate) {
            long us = micros;
            long m = months;
            long d = days;
            if (negate) {
                m = Math.negateExact(m);
                d = Math.negateExact(d);
                us = Math.negateExact(us);
            }
            return new PgInterval(Math.toIntExact(m), Math.toIntExact(d), us);
        }
    }

    private static final Pattern ISO =
            Pattern.compile("p(?:([+-]?[0-9.]+)y)?(?:([+-]?[0-9.]+)m)?(?:([+-]?[0-9.]+)w)?(?:([+-]?[0-9.]+)d)?"
                    + "(?:t(?:([+-]?[0-9.]+)h)?(?:([+-]?[0-9.]+)m)?(?:([+-]?[0-9.]+)s)?)?");
    private static final Unit[] ISO_UNITS = {
        Unit.YEAR, Unit.MONTH, Unit.WEEK, Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND
    };
    private static final Pattern YEAR_MONTH = Pattern.compile("([+-]?)(\\d+)-(\\d+)");

    private PgInterval parse(String orig, FormatSettings settings) {
        String trimmed = trim(orig).toLowerCase(Locale.ROOT);
        Acc acc = new Acc();
        if (trimmed.startsWith("p")) {
            Matcher m = ISO.matcher(trimmed);
            if (!m.matches() || trimmed.equals("p") || trimmed.endsWith("t")) {
                throw DateTimeText.badFormat(sqlName, orig);
            }
            for (int g = 1; g <= 7; g++) {
                if (m.group(g) != null) {
                    acc.add(ISO_UNITS[g - 1], number(m.group(g), orig));
                }
            }
            return acc.result(false);
        }
        String[] tokens = trimmed.split("[\\s]+");
        boolean ago = false;
        boolean any = false;
        boolean explicitSign = false;
        for (int i = 0; i < tokens.length; i++) {
            String tok = tokens[i];
            if (tok.isEmpty() || (i == 0 && tok.equals("@"))) {
                continue;
            }
            if (i > 0 && (tok.startsWith("+") || tok.startsWith("-"))) {
                explicitSign = true;
            }
            if (tok.equals("ago") && i == tokens.length - 1 && any) {
                ago = true;
                continue;
            }
            Matcher t = TIME.matcher(tok);
            if (t.matches()) {
                // like PostgreSQL's DecodeTimeForInterval: hours are int64, the total must fit int64 microseconds
                long m = Math.multiplyExact(new BigDecimal(t.group(2)).longValueExact(), USECS_PER_HOUR);
                m = Math.addExact(m, Math.multiplyExact(new BigDecimal(t.group(3)).longValueExact(), USECS_PER_MINUTE));
                if (t.group(4) != null) {
                    BigDecimal sec = new BigDecimal(t.group(4));
                    long wholeSec = sec.setScale(0, RoundingMode.DOWN).longValueExact();
                    double frac = sec.subtract(BigDecimal.valueOf(wholeSec)).doubleValue();
                    m = Math.addExact(m, Math.multiplyExact(wholeSec, USECS_PER_SEC));
                    m = Math.addExact(m, (long) Math.rint(frac * USECS_PER_SEC));
                }
                acc.micros = Math.addExact(acc.micros, t.group(1).equals("-") ? Math.negateExact(m) : m);
                any = true;
                continue;
            }
            Matcher ym = YEAR_MONTH.matcher(tok);
            if (ym.matches()) {
                long months =
                        Math.addExact(Math.multiplyExact(Long.parseLong(ym.group(2)), 12), Long.parseLong(ym.group(3)));
                acc.months = Math.addExact(acc.months, ym.group(1).equals("-") ? -months : months);
                any = true;
                continue;
            }
            Matcher n = NUMBER_UNIT.matcher(tok);
            if (!n.matches()) {
                throw DateTimeText.badFormat(sqlName, orig);
            }
            String unit = n.group(2);
            if (unit.isEmpty() && i + 1 < tokens.length && unitOf(tokens[i + 1]) != null) {
                unit = tokens[++i];
            }
            Unit u;
            if (!unit.isEmpty()) {
                u = unitOf(unit);
            } else if (i + 1 < tokens.length && TIME.matcher(tokens[i + 1]).matches()) {
                u = Unit.DAY; // "1 12:00:00": a bare number before a time is days
            } else {
                u = Unit.SECOND;
            }
            if (u == null) {
                throw DateTimeText.badFormat(sqlName, orig);
            }
            acc.add(u, number(n.group(1), orig));
            any = true;
        }
        if (!any) {
            throw DateTimeText.badFormat(sqlName, orig);
        }
        // in sql_standard style a leading minus applies to every field when no other sign is given
        if (settings.intervalStyle() == IntervalStyle.SQL_STANDARD
                && trimmed.startsWith("-")
                && !explicitSign
                && !ago) {
            PgInterval positive = parse(trimmed.substring(1), FormatSettings.DEFAULT);
            return new PgInterval(
                    Math.negateExact(positive.months()),
                    Math.negateExact(positive.days()),
                    Math.negateExact(positive.micros()));
        }
        return acc.result(ago);
    }

    private BigDecimal number(String s, String orig) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw DateTimeText.badFormat(sqlName, orig);
        }
    }

    private enum Unit {
        MICROSECOND(0),
        MILLISECOND(0),
        SECOND(0),
        MINUTE(0),
        HOUR(0),
        DAY(0),
        WEEK(0),
        MONTH(0),
        YEAR(1),
        DECADE(10),
        CENTURY(100),
        MILLENNIUM(1000);

        final int years;

        Unit(int years) {
            this.years = years;
        }
    }

    private static Unit unitOf(String u) {
        return switch (u) {
            case "microsecond", "microseconds", "us", "usec", "usecs", "useconds" -> Unit.MICROSECOND;
            case "millisecond", "milliseconds", "ms", "msec", "msecs", "mseconds" -> Unit.MILLISECOND;
            case "second", "seconds", "s", "sec", "secs" -> Unit.SECOND;
            case "minute", "minutes", "m", "min", "mins" -> Unit.MINUTE;
            case "hour", "hours", "h", "hr", "hrs" -> Unit.HOUR;
            case "day", "days", "d" -> Unit.DAY;
            case "week", "weeks", "w" -> Unit.WEEK;
            case "month", "months", "mon", "mons" -> Unit.MONTH;
            case "year", "years", "y", "yr", "yrs" -> Unit.YEAR;
            case "decade", "decades", "dec", "decs" -> Unit.DECADE;
            case "century", "centuries", "c", "cent" -> Unit.CENTURY;
            case "millennium", "millennia", "mil", "mils", "millenniums" -> Unit.MILLENNIUM;
            default -> null;
        };
    }
}

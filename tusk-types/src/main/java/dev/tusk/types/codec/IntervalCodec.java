package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgInterval;
import dev.tusk.types.PgTypeException;
import java.time.Duration;
import java.time.Period;

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
        return IntervalDecoder.parse(utf8(buf, off, len), s.intervalStyle());
    }
}

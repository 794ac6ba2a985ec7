package dev.tusk.calcite.datetime;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgInterval;
import dev.tusk.types.TypeCodec;
import dev.tusk.types.codec.DateCodec;
import dev.tusk.types.codec.IntervalCodec;
import dev.tusk.types.codec.TimeCodec;
import dev.tusk.types.codec.TimestampCodec;
import dev.tusk.types.codec.TimestamptzCodec;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * PostgreSQL's casts to, from and between date, time, timestamp, timestamptz and interval, called from Calcite's
 * generated code. Text goes through tusk-types' input and output functions under the session's DateStyle,
 * IntervalStyle and TimeZone; every method takes the target's typmod (-1 for none).
 */
public final class DatetimeCasts {
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*");

    private DatetimeCasts() {}

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> String text(TypeCodec<T> codec, T value) {
        ByteArraySink sink = new ByteArraySink(40);
        codec.encodeText(value, DatetimeSession.settings(), sink);
        return new String(sink.toByteArray(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- text input

    /** text::date. */
    public static int textToDate(String s, int typmod) {
        return JavaTimes.date(DateCodec.INSTANCE.decodeText(utf8(s), DatetimeSession.settings()));
    }

    /** text::time(p). */
    public static long textToTime(String s, int typmod) {
        return DatetimeTypmods.time(
                JavaTimes.time(TimeCodec.INSTANCE.decodeText(utf8(s), DatetimeSession.settings())), typmod);
    }

    /** text::timestamp(p). */
    public static long textToTimestamp(String s, int typmod) {
        return DatetimeTypmods.timestamp(
                JavaTimes.timestamp(TimestampCodec.INSTANCE.decodeText(utf8(s), DatetimeSession.settings())), typmod);
    }

    /** text::timestamptz(p). */
    public static long textToTimestamptz(String s, int typmod) {
        Long t = JavaTimes.timestamptz(TimestamptzCodec.INSTANCE.decodeText(utf8(s), DatetimeSession.settings()));
        return DatetimeTypmods.timestamp(t, typmod);
    }

    /** text::interval with fields and precision; a bare number counts in the last field, as in PostgreSQL. */
    public static Interval textToInterval(String s, int typmod) {
        FormatSettings settings = DatetimeSession.settings();
        String unit = DatetimeTypmods.bareNumberUnit(typmod);
        PgInterval v;
        if (unit != null && BARE_NUMBER.matcher(s).matches()) {
            v = IntervalCodec.INSTANCE.decodeText(utf8(s.trim() + " " + unit), settings);
        } else {
            v = IntervalCodec.INSTANCE.decodeText(utf8(s), settings);
        }
        return DatetimeTypmods.interval(Interval.of(v), typmod);
    }

    // ---------------------------------------------------------------- text output

    /** date::text. */
    public static String dateToText(int d, int typmod) {
        return text(DateCodec.INSTANCE, JavaTimes.date(d));
    }

    /** time::text. */
    public static String timeToText(long t, int typmod) {
        return text(TimeCodec.INSTANCE, JavaTimes.time(t));
    }

    /** timestamp::text. */
    public static String timestampToText(long t, int typmod) {
        return text(TimestampCodec.INSTANCE, JavaTimes.timestamp(t));
    }

    /** timestamptz::text, in the session TimeZone. */
    public static String timestamptzToText(long t, int typmod) {
        return text(TimestamptzCodec.INSTANCE, JavaTimes.timestamptz(t));
    }

    /** interval::text, in the session IntervalStyle. */
    public static String intervalToText(Interval v, int typmod) {
        return text(IntervalCodec.INSTANCE, v.toPg());
    }

    // ---------------------------------------------------------------- between datetime types

    /** date::timestamp (date2timestamp). */
    public static long dateToTimestamp(int d, int typmod) {
        if (d == PgEpoch.DATE_INFINITY) {
            return PgEpoch.TIMESTAMP_INFINITY;
        }
        if (d == PgEpoch.DATE_MINUS_INFINITY) {
            return PgEpoch.TIMESTAMP_MINUS_INFINITY;
        }
        if (d >= PgEpoch.TIMESTAMP_END_DATE) {
            throw new dev.tusk.server.api.PgException(
                    dev.tusk.protocol.SqlState.DATETIME_VALUE_OUT_OF_RANGE, "date out of range for timestamp");
        }
        return d * PgEpoch.USECS_PER_DAY;
    }

    /** date::timestamptz: midnight in the session TimeZone (date2timestamptz). */
    public static long dateToTimestamptz(int d, int typmod) {
        long local = dateToTimestamp(d, -1);
        if (PgEpoch.isInfinite(local)) {
            return local;
        }
        long t = DatetimeSession.toUtc(local, DatetimeSession.zone());
        return PgEpoch.checkTimestamp(t);
    }

    /** timestamp::date. */
    public static int timestampToDate(long t, int typmod) {
        if (t == PgEpoch.TIMESTAMP_INFINITY) {
            return PgEpoch.DATE_INFINITY;
        }
        if (t == PgEpoch.TIMESTAMP_MINUS_INFINITY) {
            return PgEpoch.DATE_MINUS_INFINITY;
        }
        return (int) Math.floorDiv(t, PgEpoch.USECS_PER_DAY);
    }

    /** timestamptz::date, the date in the session TimeZone. */
    public static int timestamptzToDate(long t, int typmod) {
        if (PgEpoch.isInfinite(t)) {
            return timestampToDate(t, typmod);
        }
        return timestampToDate(DatetimeSession.toLocal(t, DatetimeSession.zone()), typmod);
    }

    /** timestamp::timestamptz, reading the timestamp in the session TimeZone. */
    public static long timestampToTimestamptz(long t, int typmod) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        return DatetimeTypmods.timestamp(
                PgEpoch.checkTimestamp(DatetimeSession.toUtc(t, DatetimeSession.zone())), typmod);
    }

    /** timestamptz::timestamp, the local time in the session TimeZone. */
    public static long timestamptzToTimestamp(long t, int typmod) {
        if (PgEpoch.isInfinite(t)) {
            return t;
        }
        return DatetimeTypmods.timestamp(
                PgEpoch.checkTimestamp(DatetimeSession.toLocal(t, DatetimeSession.zone())), typmod);
    }

    /** timestamp::time; null for the infinities, as in PostgreSQL. */
    public static Long timestampToTime(long t, int typmod) {
        if (PgEpoch.isInfinite(t)) {
            return null;
        }
        return DatetimeTypmods.time(Math.floorMod(t, PgEpoch.USECS_PER_DAY), typmod);
    }

    /** timestamptz::time, the local time of day in the session TimeZone; null for the infinities. */
    public static Long timestamptzToTime(long t, int typmod) {
        if (PgEpoch.isInfinite(t)) {
            return null;
        }
        ZoneId zone = DatetimeSession.zone();
        return timestampToTime(DatetimeSession.toLocal(t, zone), typmod);
    }

    /** time::interval. */
    public static Interval timeToInterval(long t, int typmod) {
        return DatetimeTypmods.interval(new Interval(0, 0, t), typmod);
    }

    /** interval::time: the time field modulo a day (interval_time). */
    public static long intervalToTime(Interval v, int typmod) {
        long r = v.micros() % PgEpoch.USECS_PER_DAY;
        if (r < 0) {
            r += PgEpoch.USECS_PER_DAY;
        }
        return DatetimeTypmods.time(r, typmod);
    }

    /** timestamp::timestamp(p). */
    public static long timestampToTimestamp(long t, int typmod) {
        return DatetimeTypmods.timestamp(t, typmod);
    }

    /** timestamptz::timestamptz(p). */
    public static long timestamptzToTimestamptz(long t, int typmod) {
        return DatetimeTypmods.timestamp(t, typmod);
    }

    /** time::time(p). */
    public static long timeToTime(long t, int typmod) {
        return DatetimeTypmods.time(t, typmod);
    }

    /** interval::interval(fields, p). */
    public static Interval intervalToInterval(Interval v, int typmod) {
        return DatetimeTypmods.interval(v, typmod);
    }

    /** date::date. */
    public static int dateToDate(int d, int typmod) {
        return d;
    }
}

package dev.tusk.types.typmod;

import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.PgWarning;
import dev.tusk.types.TypmodCoercion;
import dev.tusk.types.TypmodInput;
import dev.tusk.types.codec.TimeCodec;
import dev.tusk.types.codec.TimetzCodec;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.util.List;

/**
 * {@code time(p)} and {@code time(p) with time zone}: PostgreSQL's {@code time_scale()}/{@code timetz_scale()}
 * (fractional seconds rounded half up to {@code p} digits, so {@code 23:59:59.5} becomes {@code 24:00:00}; a
 * typmod outside 0..6 changes nothing) and {@code timetypmodin}/{@code timetztypmodin}.
 */
public final class TimeTypmod implements TypmodCoercion, TypmodInput {
    /** {@code time(p)}. */
    public static final TimeTypmod TIME = new TimeTypmod(false);
    /** {@code time(p) with time zone}. */
    public static final TimeTypmod TIMETZ = new TimeTypmod(true);

    /** MAX_TIME_PRECISION. */
    static final int MAX_PRECISION = 6;

    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};
    private static final long[] OFFSETS = {500_000, 50_000, 5_000, 500, 50, 5, 0};

    private final boolean withZone;

    private TimeTypmod(boolean withZone) {
        this.withZone = withZone;
    }

    /** {@code AdjustTimeForTypmod}: microseconds of day rounded to {@code typmod} digits. */
    static long round(long micros, int typmod) {
        if (typmod < 0 || typmod > MAX_PRECISION) {
            return micros;
        }
        return (micros + OFFSETS[typmod]) / SCALES[typmod] * SCALES[typmod];
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null) {
            return null;
        }
        if (withZone) {
            OffsetTime t = TimetzCodec.INSTANCE.coerce(value);
            long m = TimeCodec.micros(t.toLocalTime());
            long r = round(m, typmod);
            return r == m ? t : OffsetTime.of(TimeCodec.fromMicros(r), t.getOffset());
        }
        LocalTime t = TimeCodec.INSTANCE.coerce(value);
        long m = TimeCodec.micros(t);
        long r = round(m, typmod);
        return r == m ? t : TimeCodec.fromMicros(r);
    }

    @Override
    public ParsedTypmod parse(List<String> modifiers) {
        int[] tl = TypmodArgs.integers(modifiers);
        if (tl.length != 1) {
            throw TypmodArgs.invalidModifier();
        }
        String tz = withZone ? " WITH TIME ZONE" : "";
        if (tl[0] < 0) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    "TIME(" + tl[0] + ")" + tz + " precision must not be negative");
        }
        if (tl[0] > MAX_PRECISION) {
            return new ParsedTypmod(
                    MAX_PRECISION,
                    List.of(new PgWarning(
                            PgTypeException.INVALID_PARAMETER_VALUE,
                            "TIME(" + tl[0] + ")" + tz + " precision reduced to maximum allowed, " + MAX_PRECISION)));
        }
        return ParsedTypmod.of(tl[0]);
    }
}

package dev.tusk.types.typmod;

import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.PgWarning;
import dev.tusk.types.TypmodCoercion;
import dev.tusk.types.TypmodInput;
import dev.tusk.types.codec.TimestampCodec;
import dev.tusk.types.codec.TimestamptzCodec;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code timestamp(p)} and {@code timestamp(p) with time zone}: PostgreSQL's {@code timestamp_scale()} and
 * {@code timestamptz_scale()} (microseconds since 2000-01-01 UTC rounded half away from that epoch to {@code p}
 * digits; infinities unchanged) and {@code timestamptypmodin}/{@code timestamptztypmodin}.
 */
public final class TimestampTypmod implements TypmodCoercion, TypmodInput {
    /** {@code timestamp(p)}. */
    public static final TimestampTypmod TIMESTAMP = new TimestampTypmod(false);
    /** {@code timestamp(p) with time zone}. */
    public static final TimestampTypmod TIMESTAMPTZ = new TimestampTypmod(true);

    private static final int MAX_PRECISION = 6;
    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};
    private static final long[] OFFSETS = {500_000, 50_000, 5_000, 500, 50, 5, 0};

    private final boolean withZone;

    private TimestampTypmod(boolean withZone) {
        this.withZone = withZone;
    }

    /** {@code AdjustTimestampForTypmod} for a finite timestamp in microseconds. */
    static long round(long micros, int typmod) {
        if (typmod == -1 || typmod == MAX_PRECISION) {
            return micros;
        }
        if (typmod < 0 || typmod > MAX_PRECISION) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    "timestamp(" + typmod + ") precision must be between 0 and " + MAX_PRECISION);
        }
        long scale = SCALES[typmod];
        return micros >= 0
                ? (micros + OFFSETS[typmod]) / scale * scale
                : -((-micros + OFFSETS[typmod]) / scale * scale);
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null) {
            return null;
        }
        if (withZone) {
            OffsetDateTime t = TimestamptzCodec.INSTANCE.coerce(value);
            long m = TimestamptzCodec.micros(t);
            if (m == Long.MAX_VALUE || m == Long.MIN_VALUE) {
                return t;
            }
            long r = round(m, typmod);
            return r == m ? t : TimestamptzCodec.fromMicros(r).withOffsetSameInstant(t.getOffset());
        }
        LocalDateTime t = TimestampCodec.INSTANCE.coerce(value);
        if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
            return t;
        }
        long m = TimestampCodec.micros(t);
        long r = round(m, typmod);
        return r == m ? t : TimestampCodec.fromMicros(r);
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
                    "TIMESTAMP(" + tl[0] + ")" + tz + " precision must not be negative");
        }
        if (tl[0] > MAX_PRECISION) {
            return new ParsedTypmod(
                    MAX_PRECISION,
                    List.of(new PgWarning(
                            PgTypeException.INVALID_PARAMETER_VALUE,
                            "TIMESTAMP(" + tl[0] + ")" + tz + " precision reduced to maximum allowed, "
                                    + MAX_PRECISION)));
        }
        return ParsedTypmod.of(tl[0]);
    }
}

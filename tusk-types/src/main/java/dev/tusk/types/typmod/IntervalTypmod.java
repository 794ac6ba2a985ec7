package dev.tusk.types.typmod;

import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgInterval;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.PgWarning;
import dev.tusk.types.TypmodCoercion;
import dev.tusk.types.TypmodInput;
import dev.tusk.types.codec.IntervalCodec;
import java.util.List;
import java.util.Locale;

/**
 * {@code interval <fields>(p)}: PostgreSQL's {@code interval_scale()} (fields right of the last one named are
 * zeroed, those left of it kept; then the fraction of a second rounded half away from zero to {@code p}
 * digits) and {@code intervaltypmodin}; the typmod holds a field mask in its high 16 bits and the precision
 * in its low 16.
 */
public final class IntervalTypmod implements TypmodCoercion, TypmodInput {
    /** The shared instance. */
    public static final IntervalTypmod INSTANCE = new IntervalTypmod();

    /** The field mask of {@code MONTH}. */
    public static final int MONTH = 1 << 1;
    /** The field mask of {@code YEAR}. */
    public static final int YEAR = 1 << 2;
    /** The field mask of {@code DAY}. */
    public static final int DAY = 1 << 3;
    /** The field mask of {@code HOUR}. */
    public static final int HOUR = 1 << 10;
    /** The field mask of {@code MINUTE}. */
    public static final int MINUTE = 1 << 11;
    /** The field mask of {@code SECOND}. */
    public static final int SECOND = 1 << 12;
    /** INTERVAL_FULL_RANGE: no fields named ({@code interval(p)}). */
    public static final int FULL_RANGE = 0x7FFF;
    /** INTERVAL_FULL_PRECISION: no precision named. */
    public static final int FULL_PRECISION = 0xFFFF;

    private static final int MAX_PRECISION = 6;
    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};
    private static final long[] OFFSETS = {500_000, 50_000, 5_000, 500, 50, 5, 0};
    private static final long USECS_PER_HOUR = 3_600_000_000L;
    private static final long USECS_PER_MINUTE = 60_000_000L;

    private IntervalTypmod() {}

    /** INTERVAL_TYPMOD(precision, fields). */
    public static int typmod(int fields, int precision) {
        return (fields << 16) | (precision & 0xFFFF);
    }

    /**
     * The field mask of the SQL spelling after {@code interval}: {@code year}, {@code month}, {@code day},
     * {@code hour}, {@code minute}, {@code second}, {@code year to month}, {@code day to hour}, {@code day to
     * minute}, {@code day to second}, {@code hour to minute}, {@code hour to second} or {@code minute to
     * second} (case-insensitive); throws IllegalArgumentException for anything else, which PostgreSQL's grammar
     * rejects as a syntax error.
     */
    public static int fields(String spelled) {
        String f = spelled.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (f) {
            case "year" -> YEAR;
            case "month" -> MONTH;
            case "day" -> DAY;
            case "hour" -> HOUR;
            case "minute" -> MINUTE;
            case "second" -> SECOND;
            case "year to month" -> YEAR | MONTH;
            case "day to hour" -> DAY | HOUR;
            case "day to minute" -> DAY | HOUR | MINUTE;
            case "day to second" -> DAY | HOUR | MINUTE | SECOND;
            case "hour to minute" -> HOUR | MINUTE;
            case "hour to second" -> HOUR | MINUTE | SECOND;
            case "minute to second" -> MINUTE | SECOND;
            default -> throw new IllegalArgumentException("not interval fields: " + spelled);
        };
    }

    private static boolean validFields(int range) {
        return switch (range) {
            case YEAR,
                    MONTH,
                    DAY,
                    HOUR,
                    MINUTE,
                    SECOND,
                    YEAR | MONTH,
                    DAY | HOUR,
                    DAY | HOUR | MINUTE,
                    DAY | HOUR | MINUTE | SECOND,
                    HOUR | MINUTE,
                    HOUR | MINUTE | SECOND,
                    MINUTE | SECOND,
                    FULL_RANGE -> true;
            default -> false;
        };
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null) {
            return null;
        }
        PgInterval v = IntervalCodec.INSTANCE.coerce(value);
        if (typmod < 0) {
            return v;
        }
        int range = (typmod >> 16) & 0x7FFF;
        int precision = typmod & 0xFFFF;
        int months = v.months();
        int days = v.days();
        long time = v.micros();
        switch (range) {
            case FULL_RANGE, SECOND, DAY | HOUR | MINUTE | SECOND, HOUR | MINUTE | SECOND, MINUTE | SECOND -> {
                // nothing to truncate; the fraction is rounded below
            }
            case YEAR -> {
                months = months / 12 * 12;
                days = 0;
                time = 0;
            }
            case MONTH, YEAR | MONTH -> {
                days = 0;
                time = 0;
            }
            case DAY -> time = 0;
            case HOUR, DAY | HOUR -> time = time / USECS_PER_HOUR * USECS_PER_HOUR;
            case MINUTE, DAY | HOUR | MINUTE, HOUR | MINUTE -> time = time / USECS_PER_MINUTE * USECS_PER_MINUTE;
            default ->
                throw new PgTypeException(PgTypeException.INTERNAL_ERROR, "unrecognized interval typmod: " + typmod);
        }
        if (precision != FULL_PRECISION) {
            if (precision > MAX_PRECISION) {
                throw new PgTypeException(
                        PgTypeException.INVALID_PARAMETER_VALUE,
                        "interval(" + precision + ") precision must be between 0 and " + MAX_PRECISION);
            }
            long scale = SCALES[precision];
            // as in C with -fwrapv: the addition may wrap for the largest values, and PostgreSQL 15 lets it
            time = time >= 0
                    ? (time + OFFSETS[precision]) / scale * scale
                    : -((-time + OFFSETS[precision]) / scale * scale);
        }
        if (months == v.months() && days == v.days() && time == v.micros()) {
            return v;
        }
        return new PgInterval(months, days, time);
    }

    @Override
    public ParsedTypmod parse(List<String> modifiers) {
        int[] tl = TypmodArgs.integers(modifiers);
        if (!validFields(tl[0])) {
            throw invalid();
        }
        if (tl.length == 1) {
            return ParsedTypmod.of(tl[0] != FULL_RANGE ? typmod(tl[0], FULL_PRECISION) : -1);
        }
        if (tl.length != 2) {
            throw invalid();
        }
        if (tl[1] < 0) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE, "INTERVAL(" + tl[1] + ") precision must not be negative");
        }
        if (tl[1] > MAX_PRECISION) {
            return new ParsedTypmod(
                    typmod(tl[0], MAX_PRECISION),
                    List.of(new PgWarning(
                            PgTypeException.INVALID_PARAMETER_VALUE,
                            "INTERVAL(" + tl[1] + ") precision reduced to maximum allowed, " + MAX_PRECISION)));
        }
        return ParsedTypmod.of(typmod(tl[0], tl[1]));
    }

    private static PgTypeException invalid() {
        return new PgTypeException(PgTypeException.INVALID_PARAMETER_VALUE, "invalid INTERVAL type modifier");
    }
}

package dev.tusk.types.codec;

import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.time.Instant;

/**
 * The shared front half of PostgreSQL 15's {@code date_in}, {@code time_in}, {@code timetz_in},
 * {@code timestamp_in} and {@code timestamptz_in}: split the input, decode it under the session's DateStyle
 * field order and time zone, and report failures as {@code DateTimeParseError} does; plus {@code tm2timestamp}.
 * Words that read the clock ({@code now}, {@code today}, ...) use the instant of decoding.
 */
final class DateTimeInput {
    /** Microseconds of 4714-11-24 00:00:00 BC since 2000-01-01 (MIN_TIMESTAMP). */
    static final long MIN_TIMESTAMP = -211813488000000000L;
    /** Microseconds of 294277-01-01 00:00:00 since 2000-01-01 (END_TIMESTAMP). */
    static final long END_TIMESTAMP = 9223371331200000000L;

    private DateTimeInput() {}

    /** ParseDateTime + DecodeDateTime for date, timestamp and timestamptz input. */
    static DateTimeDecoder decodeDateTime(String orig, FormatSettings s, int bufLen, String type) {
        DateTimeDecoder d = new DateTimeDecoder(s.dateStyle().order(), s.timeZone(), Instant.now());
        try {
            d.decodeDateTime(DateTimeFields.parse(orig, bufLen));
        } catch (DateTimeError e) {
            throw e.toException(orig, type);
        }
        return d;
    }

    /** ParseDateTime + DecodeTimeOnly for time and timetz input. */
    static DateTimeDecoder decodeTimeOnly(String orig, FormatSettings s, String type) {
        DateTimeDecoder d = new DateTimeDecoder(s.dateStyle().order(), s.timeZone(), Instant.now());
        try {
            d.decodeTimeOnly(DateTimeFields.parse(orig, DateTimeFields.BUF_DATE));
        } catch (DateTimeError e) {
            throw e.toException(orig, type);
        }
        return d;
    }

    /**
     * tm2timestamp: microseconds since 2000-01-01 of the decoded date and time, shifted to UTC by the decoded
     * zone when {@code withZone}; {@code timestamp out of range: "<input>"} (22008) outside PostgreSQL's range.
     */
    static long timestamp(DateTimeDecoder d, boolean withZone, String orig) {
        if (withZone && d.zoneError != null) {
            throw d.zoneError;
        }
        return timestamp(d.tm, withZone, orig);
    }

    /** As above for decoded fields. */
    static long timestamp(PgTm tm, boolean withZone, String orig) {
        if (!DateFields.isValidJulian(tm.year, tm.mon, tm.mday)) {
            throw outOfRange(orig);
        }
        long date = DateFields.date2j(tm.year, tm.mon, tm.mday) - (long) DateFields.POSTGRES_EPOCH_JDATE;
        long time = tm.timeOfDayMicros();
        long result;
        try {
            result = Math.addExact(Math.multiplyExact(date, DateFields.USECS_PER_DAY), time);
        } catch (ArithmeticException e) {
            throw outOfRange(orig);
        }
        if ((result < 0 && date > 0) || (result > 0 && date < -1)) {
            throw outOfRange(orig);
        }
        if (withZone) {
            try {
                result = Math.addExact(result, tm.tz * 1_000_000L);
            } catch (ArithmeticException e) {
                throw outOfRange(orig);
            }
        }
        if (result < MIN_TIMESTAMP || result >= END_TIMESTAMP) {
            throw outOfRange(orig);
        }
        return result;
    }

    private static PgTypeException outOfRange(String orig) {
        return new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \"" + orig + "\"");
    }
}

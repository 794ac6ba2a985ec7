package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * {@code timestamp without time zone}: LocalDateTime at microsecond precision; LocalDateTime.MAX/MIN
 * stand for {@code infinity}/{@code -infinity}.
 */
public final class TimestampCodec extends BaseCodec<LocalDateTime> {
    /** The shared instance. */
    public static final TimestampCodec INSTANCE = new TimestampCodec();

    /** Smallest timestamp: 4714-11-24 00:00:00 BC, in microseconds since 2000-01-01. */
    static final long MIN_MICROS =
            (DateCodec.MIN.toEpochDay() - DateTimeText.PG_EPOCH_DAYS) * DateTimeText.USECS_PER_DAY;
    /** One past the largest timestamp: 294277-01-01 00:00:00, in microseconds since 2000-01-01. */
    static final long END_MICROS =
            (LocalDate.of(294277, 1, 1).toEpochDay() - DateTimeText.PG_EPOCH_DAYS) * DateTimeText.USECS_PER_DAY;

    private TimestampCodec() {
        super("timestamp", LocalDateTime.class);
    }

    /**
     * Microseconds since 2000-01-01 00:00, checked against PostgreSQL's range (finite values only). The end
     * itself, 294277-01-01 00:00:00, passes: PostgreSQL's input rejects it, but rounding the last half second
     * to a typmod ({@code timestamp(0)}) reaches it, and PostgreSQL's output and send functions print it.
     */
    public static long micros(LocalDateTime t) {
        long days = t.toLocalDate().toEpochDay() - DateTimeText.PG_EPOCH_DAYS;
        long m = days * DateTimeText.USECS_PER_DAY + TimeCodec.micros(t.toLocalTime());
        if (Math.abs(days) > 200_000_000L || m < MIN_MICROS || m > END_MICROS) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return m;
    }

    /** The finite timestamp for microseconds since 2000-01-01 00:00. */
    public static LocalDateTime fromMicros(long m) {
        long days = Math.floorDiv(m, DateTimeText.USECS_PER_DAY);
        long tod = Math.floorMod(m, DateTimeText.USECS_PER_DAY);
        return LocalDate.ofEpochDay(days + DateTimeText.PG_EPOCH_DAYS)
                .atStartOfDay()
                .plusNanos(tod * 1000);
    }

    /** Text of a finite timestamp given in microseconds, with an optional offset and zone abbreviation. */
    static String text(long m, int offsetSeconds, String tzName, FormatSettings s) {
        long days = Math.floorDiv(m, DateTimeText.USECS_PER_DAY);
        long tod = Math.floorMod(m, DateTimeText.USECS_PER_DAY);
        return DateTimeText.timestamp(
                LocalDate.ofEpochDay(days + DateTimeText.PG_EPOCH_DAYS), tod, offsetSeconds, tzName, s.dateStyle());
    }

    @Override
    public void encodeText(LocalDateTime value, FormatSettings s, ByteSink out) {
        if (value.equals(LocalDateTime.MAX)) {
            out.writeAscii("infinity");
        } else if (value.equals(LocalDateTime.MIN)) {
            out.writeAscii("-infinity");
        } else if (s.dateStyle().style() == DateStyle.Style.ISO) {
            IsoTimestampWriter.write(out, micros(value), Integer.MIN_VALUE);
        } else {
            out.writeAscii(text(micros(value), Integer.MIN_VALUE, null, s));
        }
    }

    @Override
    public void encodeBinary(LocalDateTime value, FormatSettings s, ByteSink out) {
        if (value.equals(LocalDateTime.MAX)) {
            out.writeLong(Long.MAX_VALUE);
        } else if (value.equals(LocalDateTime.MIN)) {
            out.writeLong(Long.MIN_VALUE);
        } else {
            out.writeLong(micros(value));
        }
    }

    @Override
    public LocalDateTime decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        DateTimeDecoder d = DateTimeInput.decodeDateTime(orig, s, DateTimeFields.BUF_TIMESTAMP, sqlName);
        return switch (d.dtype) {
            case DateTimeKeywords.DTK_EPOCH -> LocalDateTime.of(1970, 1, 1, 0, 0);
            case DateTimeKeywords.DTK_LATE -> LocalDateTime.MAX;
            case DateTimeKeywords.DTK_EARLY -> LocalDateTime.MIN;
            default -> fromMicros(DateTimeInput.timestamp(d, false, orig));
        };
    }

    @Override
    public LocalDateTime decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        long m = readLong(buf, off);
        if (m == Long.MAX_VALUE) {
            return LocalDateTime.MAX;
        }
        if (m == Long.MIN_VALUE) {
            return LocalDateTime.MIN;
        }
        if (m < MIN_MICROS || m >= END_MICROS) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return fromMicros(m);
    }
}

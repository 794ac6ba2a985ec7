package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * {@code timestamp with time zone}: an instant, rendered in the session TimeZone; accepts
 * OffsetDateTime, ZonedDateTime and Instant, decodes to OffsetDateTime in UTC. OffsetDateTime.MAX/MIN
 * (and Instant.MAX/MIN) stand for {@code infinity}/{@code -infinity}.
 */
public final class TimestamptzCodec extends BaseCodec<OffsetDateTime> {
    /** The shared instance. */
    public static final TimestamptzCodec INSTANCE = new TimestamptzCodec();

    private static final long PG_EPOCH_SECONDS = DateTimeText.PG_EPOCH_DAYS * 86400;

    private TimestamptzCodec() {
        super("timestamp with time zone", OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime coerce(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (value instanceof Instant i) {
            if (i.equals(Instant.MAX)) {
                return OffsetDateTime.MAX;
            }
            if (i.equals(Instant.MIN)) {
                return OffsetDateTime.MIN;
            }
            return i.atOffset(ZoneOffset.UTC);
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    /** Microseconds since 2000-01-01 00:00 UTC; Long.MAX/MIN for the infinities. */
    public static long micros(OffsetDateTime t) {
        if (t.equals(OffsetDateTime.MAX)) {
            return Long.MAX_VALUE;
        }
        if (t.equals(OffsetDateTime.MIN)) {
            return Long.MIN_VALUE;
        }
        // epoch second and nano straight from the fields: no Instant, so no allocation even uninlined
        long secs = t.toEpochSecond() - PG_EPOCH_SECONDS;
        if (Math.abs(secs) > 10_000_000_000_000L) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        long m = secs * 1_000_000 + (t.getNano() + 500) / 1000;
        if (m < TimestampCodec.MIN_MICROS || m > TimestampCodec.END_MICROS) {
            // the end itself is reachable by typmod rounding, as in TimestampCodec.micros
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return m;
    }

    /** The instant (in UTC) for microseconds since 2000-01-01 00:00 UTC; Long.MAX/MIN are the infinities. */
    public static OffsetDateTime fromMicros(long m) {
        if (m == Long.MAX_VALUE) {
            return OffsetDateTime.MAX;
        }
        if (m == Long.MIN_VALUE) {
            return OffsetDateTime.MIN;
        }
        long secs = Math.floorDiv(m, 1_000_000L);
        long micros = Math.floorMod(m, 1_000_000L);
        return Instant.ofEpochSecond(secs + PG_EPOCH_SECONDS, micros * 1000).atOffset(ZoneOffset.UTC);
    }

    @Override
    public void encodeText(OffsetDateTime value, FormatSettings s, ByteSink out) {
        long m = micros(coerce(value));
        if (m == Long.MAX_VALUE) {
            out.writeAscii("infinity");
            return;
        }
        if (m == Long.MIN_VALUE) {
            out.writeAscii("-infinity");
            return;
        }
        long epochSecond = Math.floorDiv(m, 1_000_000L) + PG_EPOCH_SECONDS;
        ZoneRules rules = s.timeZone().getRules();
        int offset = (rules.isFixedOffset()
                        ? rules.getOffset(Instant.EPOCH)
                        : rules.getOffset(Instant.ofEpochSecond(epochSecond)))
                .getTotalSeconds();
        if (s.dateStyle().style() == DateStyle.Style.ISO) {
            IsoTimestampWriter.write(out, m + offset * 1_000_000L, offset);
            return;
        }
        String tzName = TzAbbreviations.abbreviation(s.timeZone(), epochSecond, offset);
        out.writeAscii(TimestampCodec.text(m + offset * 1_000_000L, offset, tzName, s));
    }

    @Override
    public void encodeBinary(OffsetDateTime value, FormatSettings s, ByteSink out) {
        out.writeLong(micros(coerce(value)));
    }

    @Override
    public OffsetDateTime decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        DateTimeDecoder d = DateTimeInput.decodeDateTime(orig, s, DateTimeFields.BUF_TIMESTAMP, sqlName);
        return switch (d.dtype) {
            case DateTimeKeywords.DTK_EPOCH -> OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            case DateTimeKeywords.DTK_LATE -> OffsetDateTime.MAX;
            case DateTimeKeywords.DTK_EARLY -> OffsetDateTime.MIN;
            default -> fromMicros(DateTimeInput.timestamp(d, true, orig));
        };
    }

    @Override
    public OffsetDateTime decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        long m = readLong(buf, off);
        if (m != Long.MAX_VALUE
                && m != Long.MIN_VALUE
                && (m < TimestampCodec.MIN_MICROS || m >= TimestampCodec.END_MICROS)) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return fromMicros(m);
    }
}

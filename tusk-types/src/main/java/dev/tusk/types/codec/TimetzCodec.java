package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;

/** {@code time with time zone}: OffsetTime; binary is microseconds plus the zone in seconds west of UTC. */
public final class TimetzCodec extends BaseCodec<OffsetTime> {
    /** The shared instance. */
    public static final TimetzCodec INSTANCE = new TimetzCodec();

    private static final int TZDISP_LIMIT = 16 * 3600;

    private TimetzCodec() {
        super("time with time zone", OffsetTime.class);
    }

    @Override
    public void encodeText(OffsetTime value, FormatSettings s, ByteSink out) {
        StringBuilder sb = new StringBuilder(24);
        DateTimeText.appendTime(sb, TimeCodec.micros(value.toLocalTime()));
        DateTimeText.appendOffset(sb, value.getOffset().getTotalSeconds());
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(OffsetTime value, FormatSettings s, ByteSink out) {
        out.writeLong(TimeCodec.micros(value.toLocalTime()));
        out.writeInt(-value.getOffset().getTotalSeconds());
    }

    @Override
    public OffsetTime decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        DateTimeDecoder d = DateTimeInput.decodeTimeOnly(orig, s, sqlName);
        if (d.zoneError != null) {
            throw d.zoneError;
        }
        PgTm tm = d.tm;
        return OffsetTime.of(TimeCodec.fromMicros(tm.timeOfDayMicros()), ZoneOffset.ofTotalSeconds(-tm.tz));
    }

    @Override
    public OffsetTime decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 12);
        long micros = readLong(buf, off);
        if (micros < 0 || micros > DateTimeText.USECS_PER_DAY) {
            throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "time out of range");
        }
        int zone = readInt(buf, off + 8);
        if (zone <= -TZDISP_LIMIT || zone >= TZDISP_LIMIT) {
            throw new PgTypeException(
                    PgTypeException.INVALID_BINARY_REPRESENTATION, "time zone displacement out of range");
        }
        LocalTime t = TimeCodec.fromMicros(micros);
        return OffsetTime.of(t, ZoneOffset.ofTotalSeconds(-zone));
    }
}

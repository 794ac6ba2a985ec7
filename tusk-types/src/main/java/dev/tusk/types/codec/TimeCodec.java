package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.time.LocalTime;

/** {@code time without time zone}: LocalTime in microseconds; LocalTime.MAX stands for {@code 24:00:00}. */
public final class TimeCodec extends BaseCodec<LocalTime> {
    /** The shared instance. */
    public static final TimeCodec INSTANCE = new TimeCodec();

    private TimeCodec() {
        super("time", LocalTime.class);
    }

    /** Microseconds since midnight, nanoseconds rounded half up (so LocalTime.MAX is 24:00:00). */
    public static long micros(LocalTime t) {
        return (t.toNanoOfDay() + 500) / 1000;
    }

    @Override
    public void encodeText(LocalTime value, FormatSettings s, ByteSink out) {
        StringBuilder sb = new StringBuilder(15);
        DateTimeText.appendTime(sb, micros(value));
        out.writeAscii(sb);
    }

    @Override
    public void encodeBinary(LocalTime value, FormatSettings s, ByteSink out) {
        out.writeLong(micros(value));
    }

    @Override
    public LocalTime decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        return fromMicros(DateTimeInput.decodeTimeOnly(orig, s, sqlName).tm.timeOfDayMicros());
    }

    /** The time of day for microseconds since midnight; 86400000000 (24:00:00) is LocalTime.MAX. */
    public static LocalTime fromMicros(long micros) {
        if (micros == DateTimeText.USECS_PER_DAY) {
            return LocalTime.MAX;
        }
        return LocalTime.ofNanoOfDay(micros * 1000);
    }

    @Override
    public LocalTime decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 8);
        long micros = readLong(buf, off);
        if (micros < 0 || micros > DateTimeText.USECS_PER_DAY) {
            throw new PgTypeException(PgTypeException.INVALID_BINARY_REPRESENTATION, "time out of range");
        }
        return fromMicros(micros);
    }
}

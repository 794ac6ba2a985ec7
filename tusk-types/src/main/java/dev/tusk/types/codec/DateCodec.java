package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.time.LocalDate;

/** {@code date}: LocalDate, with LocalDate.MAX/MIN standing for {@code infinity}/{@code -infinity}. */
public final class DateCodec extends BaseCodec<LocalDate> {
    /** The shared instance. */
    public static final DateCodec INSTANCE = new DateCodec();

    /** Smallest date PostgreSQL accepts: 4714-11-24 BC (Julian day 0). */
    static final LocalDate MIN = LocalDate.of(-4713, 11, 24);
    /** Largest date PostgreSQL accepts. */
    static final LocalDate MAX = LocalDate.of(5874897, 12, 31);

    private DateCodec() {
        super("date", LocalDate.class);
    }

    @Override
    public void encodeText(LocalDate value, FormatSettings s, ByteSink out) {
        if (value.equals(LocalDate.MAX)) {
            out.writeAscii("infinity");
        } else if (value.equals(LocalDate.MIN)) {
            out.writeAscii("-infinity");
        } else {
            check(value);
            out.writeAscii(DateTimeText.date(value, s.dateStyle()));
        }
    }

    @Override
    public void encodeBinary(LocalDate value, FormatSettings s, ByteSink out) {
        if (value.equals(LocalDate.MAX)) {
            out.writeInt(Integer.MAX_VALUE);
        } else if (value.equals(LocalDate.MIN)) {
            out.writeInt(Integer.MIN_VALUE);
        } else {
            check(value);
            out.writeInt((int) (value.toEpochDay() - DateTimeText.PG_EPOCH_DAYS));
        }
    }

    private static void check(LocalDate d) {
        if (d.isBefore(MIN) || d.isAfter(MAX)) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "date out of range");
        }
    }

    @Override
    public LocalDate decodeText(byte[] buf, int off, int len, FormatSettings s) {
        String orig = utf8(buf, off, len);
        DateTimeDecoder d = DateTimeInput.decodeDateTime(orig, s, DateTimeFields.BUF_DATE, sqlName);
        PgTm tm = d.tm;
        switch (d.dtype) {
            case DateTimeKeywords.DTK_DATE:
                break;
            case DateTimeKeywords.DTK_EPOCH:
                tm.year = 1970;
                tm.mon = 1;
                tm.mday = 1;
                break;
            case DateTimeKeywords.DTK_LATE:
                return LocalDate.MAX;
            case DateTimeKeywords.DTK_EARLY:
                return LocalDate.MIN;
            default:
                throw DateTimeError.badFormat().toException(orig, sqlName);
        }
        if (!DateFields.isValidJulian(tm.year, tm.mon, tm.mday)) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + orig + "\"");
        }
        long date = DateFields.date2j(tm.year, tm.mon, tm.mday) - (long) DateFields.POSTGRES_EPOCH_JDATE;
        if (date < -DateFields.POSTGRES_EPOCH_JDATE || date >= 2147483494L - DateFields.POSTGRES_EPOCH_JDATE) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + orig + "\"");
        }
        return LocalDate.ofEpochDay(date + DateTimeText.PG_EPOCH_DAYS);
    }

    @Override
    public LocalDate decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        checkLength(len, 4);
        int days = readInt(buf, off);
        if (days == Integer.MAX_VALUE) {
            return LocalDate.MAX;
        }
        if (days == Integer.MIN_VALUE) {
            return LocalDate.MIN;
        }
        LocalDate d = LocalDate.ofEpochDay(days + DateTimeText.PG_EPOCH_DAYS);
        if (d.isBefore(MIN) || d.isAfter(MAX)) {
            throw new PgTypeException(PgTypeException.DATETIME_FIELD_OVERFLOW, "date out of range");
        }
        return d;
    }
}

package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import java.time.LocalDate;

/**
 * Writes timestamps in the ISO DateStyle ({@code 2024-03-14 15:09:26.535897+00}, {@code BC} suffixed) straight
 * into a {@link ByteSink}, digit by digit, so the most common text output builds no String per value.
 */
final class IsoTimestampWriter {
    private IsoTimestampWriter() {}

    /**
     * Writes the local date and time {@code localMicros} (microseconds since 2000-01-01 00:00), then the UTC
     * offset unless it is {@code Integer.MIN_VALUE}, then {@code  BC} for years before 1.
     */
    static void write(ByteSink out, long localMicros, int offsetSeconds) {
        long days = Math.floorDiv(localMicros, DateTimeText.USECS_PER_DAY);
        long tod = Math.floorMod(localMicros, DateTimeText.USECS_PER_DAY);
        LocalDate d = LocalDate.ofEpochDay(days + DateTimeText.PG_EPOCH_DAYS);
        int y = d.getYear();
        pad4(out, y > 0 ? y : 1 - y);
        out.writeByte('-');
        pad2(out, d.getMonthValue());
        out.writeByte('-');
        pad2(out, d.getDayOfMonth());
        out.writeByte(' ');
        writeTime(out, tod);
        if (offsetSeconds != Integer.MIN_VALUE) {
            writeOffset(out, offsetSeconds);
        }
        if (y <= 0) {
            out.writeByte(' ');
            out.writeByte('B');
            out.writeByte('C');
        }
    }

    /** {@code HH:MM:SS} and the fraction without trailing zeros, as {@code DateTimeText.appendTime}. */
    static void writeTime(ByteSink out, long microsOfDay) {
        long secs = microsOfDay / 1_000_000;
        int frac = (int) (microsOfDay % 1_000_000);
        pad2(out, (int) (secs / 3600));
        out.writeByte(':');
        pad2(out, (int) (secs / 60 % 60));
        out.writeByte(':');
        pad2(out, (int) (secs % 60));
        if (frac != 0) {
            out.writeByte('.');
            int digits = 6;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            for (int p = pow10(digits - 1); p > 0; p /= 10) {
                out.writeByte('0' + frac / p % 10);
            }
        }
    }

    /** {@code +01}, {@code +05:30}, {@code -04:56:02}, as {@code DateTimeText.appendOffset}. */
    static void writeOffset(ByteSink out, int offsetSeconds) {
        out.writeByte(offsetSeconds < 0 ? '-' : '+');
        int a = Math.abs(offsetSeconds);
        pad2(out, a / 3600);
        if (a % 3600 != 0) {
            out.writeByte(':');
            pad2(out, a / 60 % 60);
            if (a % 60 != 0) {
                out.writeByte(':');
                pad2(out, a % 60);
            }
        }
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static void pad2(ByteSink out, int v) {
        if (v < 100) {
            out.writeByte('0' + v / 10);
            out.writeByte('0' + v % 10);
        } else {
            out.writeDecimal(v);
        }
    }

    private static void pad4(ByteSink out, int v) {
        if (v < 10_000) {
            out.writeByte('0' + v / 1000);
            out.writeByte('0' + v / 100 % 10);
            out.writeByte('0' + v / 10 % 10);
            out.writeByte('0' + v % 10);
        } else {
            out.writeDecimal(v);
        }
    }
}

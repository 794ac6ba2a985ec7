package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;

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
        // the proleptic Gregorian date in integer arithmetic rather than LocalDate.ofEpochDay, so nothing is
        // allocated even where the JIT would not scalar-replace the LocalDate: count from 0000-03-01 in 400-year
        // eras of 146097 days, so the leap day ends each year and months from March have regular lengths
        long z = days + DateTimeText.PG_EPOCH_DAYS + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        int y = (int) (era * 400 + yearOfEra + (month <= 2 ? 1 : 0));
        pad4(out, y > 0 ? y : 1 - y);
        out.writeByte('-');
        pad2(out, month);
        out.writeByte('-');
        pad2(out, day);
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

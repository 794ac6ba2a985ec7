package dev.tusk.types.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgInterval;
import dev.tusk.types.PgTypeException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Date/time and interval text input under the default settings (ISO, MDY; UTC; postgres), with expected
 * values and errors taken from PostgreSQL 15; the differential test covers far more, this keeps the main forms
 * checked where no PostgreSQL is installed.
 */
class DateTimeInputTest {
    private static final FormatSettings S = FormatSettings.DEFAULT;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static OffsetDateTime tz(String s) {
        return TimestamptzCodec.INSTANCE.decodeText(b(s), S);
    }

    private static PgTypeException error(Runnable r) {
        return assertThrows(PgTypeException.class, r::run);
    }

    @Test
    void timestampForms() {
        assertEquals(OffsetDateTime.of(1999, 1, 8, 12, 5, 6, 0, ZoneOffset.UTC), tz("J2451187 04:05:06 PST"));
        assertEquals(
                LocalDateTime.of(1999, 1, 8, 4, 5, 6),
                TimestampCodec.INSTANCE.decodeText(b("y1999m01d08h04mm05s06"), S));
        assertEquals(LocalDate.of(-98, 1, 8), DateCodec.INSTANCE.decodeText(b("January 8, 99 BC"), S));
        assertEquals(LocalDate.of(1999, 1, 8), DateCodec.INSTANCE.decodeText(b("1/8/1999"), S));
        assertEquals(OffsetDateTime.of(1999, 1, 8, 2, 5, 6, 0, ZoneOffset.UTC), tz("1999-01-08 04:05:06 CET DST"));
        assertEquals(OffsetDateTime.of(1999, 1, 8, 7, 5, 6, 0, ZoneOffset.UTC), tz("1999-01-08 04:05:06 UTC+3"));
        assertEquals(OffsetDateTime.of(1999, 7, 8, 8, 5, 6, 0, ZoneOffset.UTC), tz("1999-07-08 04:05:06 abc5def"));
    }

    @Test
    void daylightSavingGapsAndOverlaps() {
        // a skipped local time takes the offset before the transition, a repeated one the offset after
        assertEquals(
                OffsetDateTime.of(2024, 3, 10, 7, 30, 0, 0, ZoneOffset.UTC), tz("2024-03-10 02:30 America/New_York"));
        assertEquals(
                OffsetDateTime.of(2024, 11, 3, 6, 30, 0, 0, ZoneOffset.UTC), tz("2024-11-03 01:30 America/New_York"));
    }

    @Test
    void timeForms() {
        assertEquals(
                OffsetTime.of(4, 5, 6, 0, ZoneOffset.ofHours(-8)),
                TimetzCodec.INSTANCE.decodeText(b("04:05:06 PST"), S));
        assertEquals(LocalTime.MIDNIGHT, TimeCodec.INSTANCE.decodeText(b("allballs"), S));
        assertEquals(LocalTime.MAX, TimeCodec.INSTANCE.decodeText(b("23:59:59.9999995"), S));
    }

    @Test
    void intervalForms() {
        assertEquals(new PgInterval(0, 1, 7_384_000_000L), IntervalCodec.INSTANCE.decodeText(b("1 day 2:03:04"), S));
        assertEquals(
                new PgInterval(0, -1, -7_200_000_000L), IntervalCodec.INSTANCE.decodeText(b("@ 1 day 2 hours ago"), S));
        assertEquals(
                new PgInterval(14, 3, 14_706_500_000L), IntervalCodec.INSTANCE.decodeText(b("P1Y2M3DT4H5M6.5S"), S));
        assertEquals(
                new PgInterval(14, 3, 14_706_000_000L),
                IntervalCodec.INSTANCE.decodeText(b("P0001-02-03T04:05:06"), S));
        assertEquals(new PgInterval(18, 0, 0), IntervalCodec.INSTANCE.decodeText(b("1.5 years"), S));
        assertEquals(new PgInterval(14, 0, 0), IntervalCodec.INSTANCE.decodeText(b("1-2"), S));
        assertEquals(new PgInterval(0, 3, 43_200_000_000L), IntervalCodec.INSTANCE.decodeText(b("0.5 weeks"), S));
        assertEquals(new PgInterval(0, 1, 2_000_000L), IntervalCodec.INSTANCE.decodeText(b("1 day 2"), S));
    }

    @Test
    void errorsAreDateTimeParseErrors() {
        PgTypeException e = error(() -> DateCodec.INSTANCE.decodeText(b("2024-02-30"), S));
        assertEquals("22008", e.sqlState());
        assertEquals("date/time field value out of range: \"2024-02-30\"", e.getMessage());
        assertNull(e.hint());

        e = error(() -> DateCodec.INSTANCE.decodeText(b("13/25/2024"), S));
        assertEquals("Perhaps you need a different \"datestyle\" setting.", e.hint());

        e = error(() -> TimetzCodec.INSTANCE.decodeText(b("04:05:06 America/New_York"), S));
        assertEquals("22007", e.sqlState());
        assertEquals(
                "invalid input syntax for type time with time zone: \"04:05:06 America/New_York\"", e.getMessage());

        e = error(() -> tz("1999-01-08 04:05:06 Mars/Olympus"));
        assertEquals("22023", e.sqlState());
        assertEquals("time zone \"mars/olympus\" not recognized", e.getMessage());

        e = error(() -> IntervalCodec.INSTANCE.decodeText(b("2147483648 days"), S));
        assertEquals("22015", e.sqlState());

        e = error(() -> TimetzCodec.INSTANCE.decodeText(b("04:05:06+16"), S));
        assertEquals("22009", e.sqlState());
        assertEquals("time zone displacement out of range: \"04:05:06+16\"", e.getMessage());
    }
}

package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.DateStyle;
import dev.tusk.types.FormatSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Expected strings verified against PostgreSQL 15. */
class DateTimeCodecTest {
    private static FormatSettings style(String ds) {
        return FormatSettings.DEFAULT.withDateStyle(DateStyle.parse(ds));
    }

    @Test
    void date() {
        golden(BuiltinTypes.DATE, LocalDate.of(2024, 1, 2), "2024-01-02", "0000223f");
        golden(BuiltinTypes.DATE, LocalDate.of(-43, 3, 15), "0044-03-15 BC", "fff49d7b");
        golden(BuiltinTypes.DATE, LocalDate.of(10000, 1, 1), "10000-01-01", "002c95d4");
        golden(BuiltinTypes.DATE, LocalDate.MAX, "infinity", "7fffffff");
        golden(BuiltinTypes.DATE, LocalDate.MIN, "-infinity", "80000000");
        LocalDate d = LocalDate.of(2024, 1, 2);
        assertEquals("01/02/2024", text(BuiltinTypes.DATE, d, style("SQL, MDY")));
        assertEquals("02/01/2024", text(BuiltinTypes.DATE, d, style("SQL, DMY")));
        assertEquals("01/02/2024", text(BuiltinTypes.DATE, d, style("SQL, YMD")));
        assertEquals("02.01.2024", text(BuiltinTypes.DATE, d, style("German")));
        assertEquals("01-02-2024", text(BuiltinTypes.DATE, d, style("Postgres, MDY")));
        assertEquals("02-01-2024", text(BuiltinTypes.DATE, d, style("Postgres, DMY")));
        assertEquals(d, parse(BuiltinTypes.DATE, " 2024-01-02 "));
        assertEquals(d, parse(BuiltinTypes.DATE, "01/02/2024"));
        assertEquals(d, parse(BuiltinTypes.DATE, "02/01/2024", style("DMY")));
        assertEquals(d, parse(BuiltinTypes.DATE, "20240102"));
        assertEquals(LocalDate.of(-43, 3, 15), parse(BuiltinTypes.DATE, "0044-03-15 BC"));
        assertEquals(LocalDate.of(-2023, 1, 2), parse(BuiltinTypes.DATE, " 2024-01-02 bc"));
        pgError("22007", "invalid input syntax for type date: \"abc\"", () -> parse(BuiltinTypes.DATE, "abc"));
        pgError(
                "22008",
                "date/time field value out of range: \"2024-02-30\"",
                () -> parse(BuiltinTypes.DATE, "2024-02-30"));
    }

    @Test
    void time() {
        golden(BuiltinTypes.TIME, LocalTime.of(13, 14, 15, 500_000_000), "13:14:15.5", "0000000b187d38e0");
        golden(BuiltinTypes.TIME, LocalTime.MIDNIGHT, "00:00:00", "0000000000000000");
        golden(BuiltinTypes.TIME, LocalTime.MAX, "24:00:00", "000000141dd76000");
        assertEquals(LocalTime.of(1, 2), parse(BuiltinTypes.TIME, "01:02"));
        assertEquals(LocalTime.of(1, 2), parse(BuiltinTypes.TIME, "1:2"));
        pgError("22008", "date/time field value out of range: \"25:00\"", () -> parse(BuiltinTypes.TIME, "25:00"));
        pgError("22007", "invalid input syntax for type time: \"abc\"", () -> parse(BuiltinTypes.TIME, "abc"));
    }

    @Test
    void timestamp() {
        golden(
                BuiltinTypes.TIMESTAMP,
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000),
                "2024-01-02 03:04:05.123456",
                "0002b0ec8517d580");
        golden(
                BuiltinTypes.TIMESTAMP,
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 100_000),
                "2024-01-02 03:04:05.0001",
                "0002b0ec8515f3a4");
        golden(BuiltinTypes.TIMESTAMP, LocalDateTime.of(0, 1, 1, 0, 0), "0001-01-01 00:00:00 BC", "ff1fc63d1bb12000");
        golden(BuiltinTypes.TIMESTAMP, LocalDateTime.MAX, "infinity", "7fffffffffffffff");
        golden(BuiltinTypes.TIMESTAMP, LocalDateTime.MIN, "-infinity", "8000000000000000");
        LocalDateTime t = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000);
        assertEquals("01/02/2024 03:04:05.5", text(BuiltinTypes.TIMESTAMP, t, style("SQL, MDY")));
        assertEquals("02/01/2024 03:04:05.5", text(BuiltinTypes.TIMESTAMP, t, style("SQL, DMY")));
        assertEquals("02.01.2024 03:04:05.5", text(BuiltinTypes.TIMESTAMP, t, style("German")));
        assertEquals("Tue Jan 02 03:04:05.5 2024", text(BuiltinTypes.TIMESTAMP, t, style("Postgres, MDY")));
        assertEquals("Tue 02 Jan 03:04:05.5 2024", text(BuiltinTypes.TIMESTAMP, t, style("Postgres, DMY")));
        assertEquals(
                "Fri Mar 15 00:00:00 0044 BC",
                text(BuiltinTypes.TIMESTAMP, LocalDateTime.of(-43, 3, 15, 0, 0), style("Postgres, MDY")));
        for (String ds :
                new String[] {"ISO, MDY", "ISO, DMY", "SQL, MDY", "SQL, DMY", "German", "Postgres, MDY", "Postgres, DMY"
                }) {
            FormatSettings fs = style(ds);
            assertEquals(t, parse(BuiltinTypes.TIMESTAMP, text(BuiltinTypes.TIMESTAMP, t, fs), fs), ds);
            LocalDateTime bc = LocalDateTime.of(-43, 3, 15, 1, 2, 3);
            assertEquals(bc, parse(BuiltinTypes.TIMESTAMP, text(BuiltinTypes.TIMESTAMP, bc, fs), fs), ds);
            LocalDate d = LocalDate.of(2024, 11, 5);
            assertEquals(d, parse(BuiltinTypes.DATE, text(BuiltinTypes.DATE, d, fs), fs), ds);
        }
        assertEquals(t, parse(BuiltinTypes.TIMESTAMP, "2024-01-02T03:04:05.5"));
        assertEquals(t, parse(BuiltinTypes.TIMESTAMP, "2024-01-02 03:04:05.5+07"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 0, 0), parse(BuiltinTypes.TIMESTAMP, "2024-01-02"));
        pgError(
                "22007",
                "invalid input syntax for type timestamp: \"abc\"",
                () -> parse(BuiltinTypes.TIMESTAMP, "abc"));
    }

    @Test
    void timestamptz() {
        OffsetDateTime t = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
        golden(BuiltinTypes.TIMESTAMPTZ, t, "2024-01-02 03:04:05.123456+00", "0002b0ec8517d580");
        FormatSettings berlin = FormatSettings.DEFAULT.withTimeZone(ZoneId.of("Europe/Berlin"));
        assertEquals("2024-01-02 04:04:05.123456+01", text(BuiltinTypes.TIMESTAMPTZ, t, berlin));
        assertEquals(
                "2024-07-02 05:04:05+02",
                text(BuiltinTypes.TIMESTAMPTZ, Instant.parse("2024-07-02T03:04:05Z"), berlin));
        assertEquals(
                "0044-03-15 12:53:28+00:53:28 BC",
                text(BuiltinTypes.TIMESTAMPTZ, OffsetDateTime.of(-43, 3, 15, 12, 0, 0, 0, ZoneOffset.UTC), berlin));
        assertEquals(
                "2024-01-02 08:34:05.5+05:30",
                text(
                        BuiltinTypes.TIMESTAMPTZ,
                        Instant.parse("2024-01-02T03:04:05.5Z"),
                        FormatSettings.DEFAULT.withTimeZone(ZoneId.of("Asia/Kolkata"))));
        assertEquals("infinity", text(BuiltinTypes.TIMESTAMPTZ, Instant.MAX));
        // far past (local mean time) and far future (POSIX rule) offsets, as PostgreSQL 15 prints them
        OffsetDateTime past = OffsetDateTime.of(1832, 1, 7, 13, 15, 32, 144_970_000, ZoneOffset.UTC);
        OffsetDateTime future = OffsetDateTime.of(272397, 10, 26, 10, 2, 46, 254_845_000, ZoneOffset.UTC);
        FormatSettings lordHowe = FormatSettings.DEFAULT.withTimeZone(ZoneId.of("Australia/Lord_Howe"));
        FormatSettings kathmandu = FormatSettings.DEFAULT.withTimeZone(ZoneId.of("Asia/Kathmandu"));
        assertEquals("1832-01-07 23:51:52.14497+10:36:20", text(BuiltinTypes.TIMESTAMPTZ, past, lordHowe));
        assertEquals("272397-10-26 21:02:46.254845+11", text(BuiltinTypes.TIMESTAMPTZ, future, lordHowe));
        assertEquals("1832-01-07 18:56:48.14497+05:41:16", text(BuiltinTypes.TIMESTAMPTZ, past, kathmandu));
        assertEquals("272397-10-26 15:47:46.254845+05:45", text(BuiltinTypes.TIMESTAMPTZ, future, kathmandu));
        assertEquals(future, parse(BuiltinTypes.TIMESTAMPTZ, "272397-10-26 15:47:46.254845+05:45"));
        assertEquals(
                "Sun 26 Oct 10:02:46.254845 272397",
                text(BuiltinTypes.TIMESTAMP, future.toLocalDateTime(), style("Postgres, DMY")));
        assertEquals(t, parse(BuiltinTypes.TIMESTAMPTZ, "2024-01-02 04:04:05.123456+01"));
        assertEquals(t, parse(BuiltinTypes.TIMESTAMPTZ, "2024-01-02 04:04:05.123456", berlin));
        assertEquals(t, parse(BuiltinTypes.TIMESTAMPTZ, "2024-01-02T03:04:05.123456Z"));
        pgError(
                "22007",
                "invalid input syntax for type timestamp with time zone: \"abc\"",
                () -> parse(BuiltinTypes.TIMESTAMPTZ, "abc"));
    }

    private static String tz(String dateStyle, String zone, String instant) {
        FormatSettings s = style(dateStyle).withTimeZone(ZoneId.of(zone));
        return text(BuiltinTypes.TIMESTAMPTZ, OffsetDateTime.parse(instant), s);
    }

    /** The non-ISO styles print the tz database abbreviation; every expectation is PostgreSQL 15's output. */
    @Test
    void timestamptzAbbreviations() {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/zoneinfo/America/New_York")), "no system tz database");
        String w = "2024-02-29T12:34:56.789Z";
        String summer = "2024-07-01T12:00:00Z";
        String lmt = "1850-01-01T00:00:00Z";
        String far = "2100-07-01T12:00:00Z";
        String bc = "-0043-03-15T12:00:00Z";
        assertEquals("29/02/2024 07:34:56.789 EST", tz("SQL, DMY", "America/New_York", w));
        assertEquals("02/29/2024 07:34:56.789 EST", tz("SQL, MDY", "America/New_York", w));
        assertEquals("29.02.2024 07:34:56.789 EST", tz("German", "America/New_York", w));
        assertEquals("Thu Feb 29 07:34:56.789 2024 EST", tz("Postgres", "America/New_York", w));
        assertEquals("Mon Jul 01 08:00:00 2024 EDT", tz("Postgres", "America/New_York", summer));
        assertEquals("31/12/1849 19:03:58 LMT", tz("SQL, DMY", "America/New_York", lmt));
        assertEquals("01.07.2100 08:00:00 EDT", tz("German", "America/New_York", far));
        assertEquals("Fri Mar 15 07:03:58 0044 LMT BC", tz("Postgres", "America/New_York", bc));
        assertEquals("29/02/2024 12:34:56.789 UTC", tz("SQL, DMY", "UTC", w));
        assertEquals("15.03.0044 12:00:00 UTC BC", tz("German", "UTC", bc));
        assertEquals("29.02.2024 18:04:56.789 IST", tz("German", "Asia/Kolkata", w));
        assertEquals("01/01/1850 05:53:28 LMT", tz("SQL, DMY", "Asia/Kolkata", lmt));
        assertEquals("29.02.2024 16:34:56.789 +04", tz("German", "Asia/Dubai", w));
        assertEquals("Thu Jul 01 16:00:00 2100 +04", tz("Postgres", "Asia/Dubai", far));
        assertEquals("29/02/2024 12:34:56.789 GMT", tz("SQL, DMY", "Europe/London", w));
        assertEquals("01/07/2100 13:00:00 BST", tz("SQL, DMY", "Europe/London", far));
        assertEquals("Fri Mar 15 11:58:45 0044 LMT BC", tz("Postgres", "Europe/London", bc));
        assertEquals("01/07/2024 13:00:00 IST", tz("SQL, DMY", "Europe/Dublin", summer));
        assertEquals("29/02/2024 12:34:56.789 GMT", tz("SQL, DMY", "Europe/Dublin", w));
        assertEquals("29.02.2024 23:34:56.789 +11", tz("German", "Australia/Lord_Howe", w));
        assertEquals("01/07/2024 22:30:00 +1030", tz("SQL, DMY", "Australia/Lord_Howe", summer));
        assertEquals("Tue Jan 01 10:36:20 1850 LMT", tz("Postgres", "Australia/Lord_Howe", lmt));
        assertEquals("Fri Mar 01 02:19:56.789 2024 +1345", tz("Postgres", "Pacific/Chatham", w));
        assertEquals("02.07.2100 00:45:00 +1245", tz("German", "Pacific/Chatham", far));
        assertEquals("01/07/2100 08:00:00 EDT", tz("SQL, DMY", "EST5EDT", far));
        assertEquals("01/07/2024 09:00:00 -03", tz("SQL, DMY", "Etc/GMT+3", summer));
    }

    private static OffsetDateTime tzIn(String dateStyle, String text) {
        return (OffsetDateTime) parse(BuiltinTypes.TIMESTAMPTZ, text, style(dateStyle));
    }

    /** Abbreviations on input mean what PostgreSQL 15's 'Default' timezone_abbreviations say. */
    @Test
    void timestamptzAbbreviationInput() {
        assertEquals(OffsetDateTime.parse("2024-02-29T16:04:56.789Z"), tzIn("German", "29.02.2024 18:04:56.789 IST"));
        assertEquals(
                OffsetDateTime.parse("2024-02-29T12:34:56.789Z"), tzIn("Postgres", "Thu Feb 29 07:34:56.789 2024 EST"));
        assertEquals(OffsetDateTime.parse("2024-02-29T12:34:56.789Z"), tzIn("German", "29.02.2024 16:34:56.789 +04"));
        assertEquals(OffsetDateTime.parse("2024-07-01T12:00:00Z"), tzIn("German", "01.07.2024 22:30:00 +1030"));
        assertEquals(OffsetDateTime.parse("2024-07-02T03:30:00Z"), tzIn("German", "01.07.2024 22:30:00 est"));
        assertEquals(OffsetDateTime.parse("2024-07-01T22:30:00Z"), tzIn("German", "01.07.2024 22:30:00 z"));
        assertEquals(OffsetDateTime.parse("2024-02-29T03:34:56.789Z"), tzIn("ISO", "Thu Feb 29 07:34:56.789 2024 +04"));
        assertEquals(OffsetDateTime.parse("2024-07-01T19:30:00Z"), tzIn("German", "01.07.2024 22:30:00 MSK"));
        assertEquals(OffsetDateTime.parse("2024-07-02T02:30:00Z"), tzIn("ISO", "2024-07-01 22:30:00 America/New_York"));
        assertEquals(
                OffsetDateTime.parse("-0043-03-15T12:00:00Z"), tzIn("Postgres", "Fri Mar 15 07:00:00 0044 EST BC"));
        pgError(
                "22007",
                "invalid input syntax for type timestamp with time zone: \"29/02/2024 07:34:56.789 LMT\"",
                () -> tzIn("SQL, DMY", "29/02/2024 07:34:56.789 LMT"));
        pgError(
                "22007",
                "invalid input syntax for type timestamp with time zone: \"2024-07-01 22:30:00 FOO\"",
                () -> tzIn("ISO", "2024-07-01 22:30:00 FOO"));
    }

    /** A fixed-offset zone has no abbreviation: PostgreSQL prints the offset ({@code SET TIME ZONE 5.5}). */
    @Test
    void timestamptzFixedOffsetZone() {
        assertEquals("02/29/2024 18:04:56.789 +05:30", tz("SQL", "+05:30", "2024-02-29T12:34:56.789Z"));
        assertEquals("Thu Feb 29 09:34:56.789 2024 -03", tz("Postgres", "-03:00", "2024-02-29T12:34:56.789Z"));
    }
}

package dev.tusk.types.codec;

import static dev.tusk.types.Codecs.golden;
import static dev.tusk.types.Codecs.parse;
import static dev.tusk.types.Codecs.pgError;
import static dev.tusk.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.types.BuiltinTypes;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.IntervalStyle;
import dev.tusk.types.PgInterval;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings verified against PostgreSQL 15 in all four IntervalStyles. */
class IntervalCodecTest {
    private static final long H = 3_600_000_000L;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14|3|14706789000|1 year 2 mons 3 days 04:05:06.789|@ 1 year 2 mons 3 days 4 hours 5 mins 6.789 secs|+1-2 +3 +4:05:06.789|P1Y2M3DT4H5M6.789S",
                "-14|3|-14706000000|-1 years -2 mons +3 days -04:05:06|@ 1 year 2 mons -3 days 4 hours 5 mins 6 secs ago|-1-2 +3 -4:05:06|P-1Y-2M3DT-4H-5M-6S",
                "0|0|0|00:00:00|@ 0|0|PT0S",
                "0|1|0|1 day|@ 1 day|1 0:00:00|P1D",
                "0|-1|0|-1 days|@ 1 day ago|-1 0:00:00|P-1D",
                "0|0|-1500000|-00:00:01.5|@ 1.5 secs ago|-0:00:01.5|PT-1.5S",
                "1|-1|0|1 mon -1 days|@ 1 mon -1 days|+0-1 -1 +0:00:00|P1M-1D",
                "0|0|360000000000|100:00:00|@ 100 hours|100:00:00|PT100H",
                "-12|0|0|-1 years|@ 1 year ago|-1-0|P-1Y",
                "1|15|0|1 mon 15 days|@ 1 mon 15 days|+0-1 +15 +0:00:00|P1M15D",
                "0|0|-60000000|-00:01:00|@ 1 min ago|-0:01:00|PT-1M",
                "0|17|21600000000|17 days 06:00:00|@ 17 days 6 hours|17 6:00:00|P17DT6H",
                "0|0|1000000|00:00:01|@ 1 sec|0:00:01|PT1S",
                "0|0|1|00:00:00.000001|@ 0.000001 secs|0:00:00.000001|PT0.000001S",
                "-12|0|-59999999|-1 years -00:00:59.999999|@ 1 year 59.999999 secs ago|-1-0 +0 -0:00:59.999999|P-1YT-59.999999S",
                "2390|-187|-649121278840|199 years 2 mons -187 days -180:18:41.27884|@ 199 years 2 mons -187 days -180 hours -18 mins -41.27884 secs|+199-2 -187 -180:18:41.27884|P199Y2M-187DT-180H-18M-41.27884S"
            })
    void styles(int months, int days, long micros, String pg, String verbose, String sql, String iso) {
        PgInterval v = new PgInterval(months, days, micros);
        FormatSettings s = FormatSettings.DEFAULT;
        assertEquals(pg, text(BuiltinTypes.INTERVAL, v, s));
        assertEquals(verbose, text(BuiltinTypes.INTERVAL, v, s.withIntervalStyle(IntervalStyle.POSTGRES_VERBOSE)));
        assertEquals(sql, text(BuiltinTypes.INTERVAL, v, s.withIntervalStyle(IntervalStyle.SQL_STANDARD)));
        assertEquals(iso, text(BuiltinTypes.INTERVAL, v, s.withIntervalStyle(IntervalStyle.ISO_8601)));
        assertEquals(v, parse(BuiltinTypes.INTERVAL, pg));
        assertEquals(v, parse(BuiltinTypes.INTERVAL, verbose));
        assertEquals(v, parse(BuiltinTypes.INTERVAL, iso));
        assertEquals(v, parse(BuiltinTypes.INTERVAL, sql, s.withIntervalStyle(IntervalStyle.SQL_STANDARD)));
    }

    @Test
    void binaryAndInput() {
        golden(
                BuiltinTypes.INTERVAL,
                new PgInterval(14, 3, 14_706_789_000L),
                "1 year 2 mons 3 days 04:05:06.789",
                "000000036c97ca88000000030000000e");
        assertEquals(new PgInterval(1, 15, 0), parse(BuiltinTypes.INTERVAL, "1.5 months"));
        assertEquals(new PgInterval(0, 17, 6 * H), parse(BuiltinTypes.INTERVAL, "2 weeks 3.25 days"));
        assertEquals(new PgInterval(0, 0, -60_000_000L), parse(BuiltinTypes.INTERVAL, "@ 1 minute ago"));
        assertEquals(new PgInterval(18, 0, 0), parse(BuiltinTypes.INTERVAL, "1.5 years"));
        assertEquals(new PgInterval(0, 0, 10_000_000L), parse(BuiltinTypes.INTERVAL, "10s"));
        assertEquals(new PgInterval(0, 1, 12 * H), parse(BuiltinTypes.INTERVAL, "1 12:00"));
        assertEquals(new PgInterval(0, -1, 7_384_000_000L), parse(BuiltinTypes.INTERVAL, "-1 2:03:04"));
        assertEquals(new PgInterval(14, 0, 0), parse(BuiltinTypes.INTERVAL, "P1Y2M"));
        assertEquals("02:00:00", text(BuiltinTypes.INTERVAL, Duration.ofHours(2)));
        pgError("22007", "invalid input syntax for type interval: \"abc\"", () -> parse(BuiltinTypes.INTERVAL, "abc"));
    }
}

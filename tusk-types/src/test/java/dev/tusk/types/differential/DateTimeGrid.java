package dev.tusk.types.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated date/time and interval literals for {@link TextInputCorpus}: every date spelling with every time
 * spelling and zone spelling, and random interval unit sequences. Deterministic (fixed seed).
 */
final class DateTimeGrid {
    private DateTimeGrid() {}

    static final List<String> DATES = List.of(
            "1999-01-08",
            "01/08/1999",
            "08/01/1999",
            "08.01.1999",
            "1999.008",
            "19990108",
            "990108",
            "Jan 8 1999",
            "8 Jan 1999",
            "1999-Jan-08",
            "Jan-08-1999",
            "08-Jan-1999",
            "J2451187",
            "January 8, 1999 AD",
            "1999-01-08 BC",
            "0099-01-08",
            "99-01-08",
            "01/02/03",
            "2/29/2000",
            "13/01/2000",
            "1/13/2000",
            "2000-02-30",
            "Sat Jan 8 1999",
            "99/1/8",
            "1999/1/8",
            "8-1-99",
            "1-8-99",
            "12345-01-01",
            "1-1-1");

    static final List<String> TIMES = List.of(
            "04:05",
            "04:05:06",
            "04:05:06.789",
            "040506",
            "04:05 PM",
            "12:00 am",
            "allballs",
            "24:00",
            "23:59:60.5",
            "4:5:6.0000005",
            "00:00:00.1234565",
            "16:00 pm",
            "0405",
            "04");

    static final List<String> ZONES = List.of(
            "+02",
            "-08:00",
            "+0530",
            "Z",
            "PST",
            "cet dst",
            "America/New_York",
            "UTC",
            "GMT+3",
            "EDT",
            "MSK",
            "Europe/Berlin",
            "+15:59",
            "-16",
            "zulu",
            "EST5EDT",
            "Asia/Kathmandu");

    /** Zero-padded fields around the input functions' work-buffer sizes (129, 153 and 256 bytes). */
    static List<String> longFields(String suffix) {
        List<String> out = new ArrayList<>();
        for (int n : new int[] {
            100, 115, 117, 118, 119, 120, 127, 128, 129, 130, 140, 141, 142, 143, 150, 151, 152, 160, 240, 250, 260
        }) {
            out.add("0".repeat(n) + suffix);
        }
        return out;
    }

    static List<String> dates() {
        Set<String> out = new LinkedHashSet<>(DATES);
        out.addAll(longFields("1999-01-08"));
        out.addAll(longFields("1999-01-08 04:05"));
        for (String d : DATES) {
            out.add(d + " BC");
            out.add(d + " 04:05");
            out.add(d + " " + ZONES.get(Math.abs(d.hashCode()) % ZONES.size()));
        }
        return new ArrayList<>(out);
    }

    static List<String> times() {
        Set<String> out = new LinkedHashSet<>(TIMES);
        out.addAll(longFields("4:05:06"));
        out.addAll(longFields("4:05:06 +3"));
        for (String t : TIMES) {
            for (String z : ZONES) {
                out.add(t + " " + z);
            }
            out.add("1999-01-08 " + t);
            out.add("1999-07-08 " + t + " America/New_York");
            out.add("T" + t);
        }
        return new ArrayList<>(out);
    }

    static List<String> timestamps() {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(longFields("1999-01-08"));
        out.addAll(longFields("1999-01-08 04:05:06 +3"));
        for (String d : DATES) {
            for (String t : TIMES) {
                out.add(d + " " + t);
                out.add(d + " " + t + " " + ZONES.get(Math.abs((d + t).hashCode()) % ZONES.size()));
            }
            out.add(d + "T04:05:06");
            out.add(d + "T04:05:06Z");
            for (String z : ZONES) {
                out.add(d + " 12:00 " + z);
            }
            out.add("04:05 " + d);
            out.add(d + " 04:05 epoch");
        }
        for (String z : List.of(
                "AMERICA/new_york",
                "posix/America/New_York",
                "right/UTC",
                "Etc/GMT-14",
                "GMT+0",
                "UTC+3:30",
                "abc5def",
                "abc5def4",
                "XYZ-3XYD",
                "Z9",
                "utc",
                "Europe/London",
                "Asia/Kolkata",
                "Pacific/Chatham",
                "Australia/Lord_Howe",
                "America/Sao_Paulo",
                "Africa/Casablanca",
                "posixrules",
                "localtime",
                "Factory",
                "US/Pacific",
                "Navajo",
                "ROK",
                "Etc/Unknown",
                "SystemV/EST5",
                "zoneinfo",
                "LHDT",
                "MSK",
                "IST",
                "CLT",
                "PYT",
                "AMST",
                "+3")) {
            for (String d :
                    List.of("1999-01-08 04:05:06", "2024-07-08 04:05:06", "1850-01-01 12:00", "2100-06-30 23:00")) {
                out.add(d + " " + z);
            }
        }
        for (String zone : List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe")) {
            for (String t : List.of(
                    "2024-03-31 02:30",
                    "2024-10-27 02:30",
                    "2024-03-10 02:30",
                    "2024-11-03 01:30",
                    "2024-04-07 01:45",
                    "2024-10-06 02:15",
                    "1945-06-01 12:00",
                    "1883-11-18 12:03")) {
                out.add(t + " " + zone);
            }
        }
        out.add("1999-01-08 epoch");
        out.add("epoch 04:05");
        out.add("infinity 1999-01-08");
        out.add("epoch epoch");
        return new ArrayList<>(out);
    }

    private static final String[] UNITS = {
        "microseconds",
        "ms",
        "msec",
        "second",
        "secs",
        "s",
        "min",
        "minutes",
        "m",
        "h",
        "hours",
        "hr",
        "d",
        "day",
        "days",
        "w",
        "week",
        "mon",
        "month",
        "months",
        "y",
        "year",
        "yrs",
        "decade",
        "century",
        "millennium",
        "qtr",
        "quarter",
        "timezone",
        "mil",
        "c",
        "dec"
    };

    static List<String> intervals() {
        Random rnd = new Random(1999_01_08L);
        Set<String> out = new LinkedHashSet<>();
        out.addAll(longFields("1 day"));
        out.addAll(longFields("1 day 2 hours 3 minutes 4 seconds"));
        String[] nums = {"1", "-1", "+2", "0", "1.5", "-0.5", ".25", "10", "-3.75", "100", "0.000001", "2147483647"};
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextInt(6) == 0) {
                sb.append("@ ");
            }
            int n = 1 + rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                int kind = rnd.nextInt(10);
                if (kind == 0) {
                    sb.append(rnd.nextBoolean() ? "-" : "")
                            .append(rnd.nextInt(30))
                            .append(':')
                            .append(String.format(java.util.Locale.ROOT, "%02d", rnd.nextInt(60)));
                    if (rnd.nextBoolean()) {
                        sb.append(':').append(String.format(java.util.Locale.ROOT, "%02d", rnd.nextInt(61)));
                    }
                } else if (kind == 1) {
                    sb.append(rnd.nextBoolean() ? "-" : "")
                            .append(rnd.nextInt(100))
                            .append('-')
                            .append(rnd.nextInt(13));
                } else {
                    sb.append(nums[rnd.nextInt(nums.length)]);
                    if (rnd.nextInt(8) != 0) {
                        sb.append(rnd.nextInt(5) == 0 ? "" : " ").append(UNITS[rnd.nextInt(UNITS.length)]);
                    }
                }
            }
            if (rnd.nextInt(5) == 0) {
                sb.append(" ago");
            }
            out.add(sb.toString());
        }
        String[] iso = {
            "P",
            "PT",
            "P1Y",
            "P-1M",
            "P1.5W",
            "PT-1.5H",
            "P1DT",
            "P0001-02-03",
            "PT01:02:03",
            "P1Y2M",
            "P3DT4H",
            "PT5M6.5S",
            "P10000102",
            "PT040506.5",
            "P1e2D",
            "P0x10Y",
            "P.5Y"
        };
        for (String a : iso) {
            for (String b : iso) {
                if (a.startsWith("PT") || b.equals("P") || b.equals("PT")) {
                    continue;
                }
                out.add(a + b.substring(1));
            }
        }
        return new ArrayList<>(out);
    }
}

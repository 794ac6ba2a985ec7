package dev.tusk.types.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone abbreviations ({@code EST}, {@code +04}, {@code LMT}) as PostgreSQL prints them, read from the
 * system's compiled tz database (TZif files under {@code /usr/share/zoneinfo}, which PostgreSQL built with
 * {@code --with-system-tzdata} also reads). Java's ZoneRules do not carry tzdata abbreviations and its CLDR
 * display names differ, hence this reader. When a zone has no TZif file (a fixed-offset ZoneId, or a machine
 * without the tz database) {@link #abbreviation} returns null and callers print the numeric offset, as
 * PostgreSQL does for a zone without an abbreviation.
 */
final class TzAbbreviations {
    private static final Path ZONEINFO = Paths.get("/usr/share/zoneinfo");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*");
    /** POSIX TZ footer: std name, std offset, optional dst name and offset (rules are not needed). */
    private static final Pattern POSIX =
            Pattern.compile("(<[^>]*>|[A-Za-z]{3,})([+-]?\\d{1,3}(?::\\d{1,2}(?::\\d{1,2})?)?)"
                    + "(?:(<[^>]*>|[A-Za-z]{3,})([+-]?\\d{1,3}(?::\\d{1,2}(?::\\d{1,2})?)?)?)?(?:,.*)?");

    private static final ConcurrentHashMap<String, Optional<Zone>> CACHE = new ConcurrentHashMap<>();

    private TzAbbreviations() {}

    /**
     * PostgreSQL 15's {@code timezone_abbreviations = 'Default'} set: abbreviation and UTC offset in seconds
     * ({@code D} marks a daylight-saving abbreviation), or the zone whose history gives the abbreviation's
     * meaning.
     */
    private static final String DEFAULT_SET =
            "EAT 10800;SAST 7200;WAT 3600;ACT -18000;AKDT -28800 D;AKST -32400;ART America/Argentina/Buenos_Aires"
                    + ";ARST America/Argentina/Buenos_Aires;BOT -14400;BRA -10800;BRST -7200 D;BRT -10800;COT -18000;CDT -1"
                    + "8000 D;CLST -10800 D;CLT America/Santiago;CST -21600;EDT -14400 D;EGST 0 D;EGT -3600;EST -18000;FNT "
                    + "-7200;FNST -3600 D;GFT -10800;GYT America/Guyana;MDT -21600 D;MST -25200;NDT -9000 D;NFT -12600;NST "
                    + "-12600;PET -18000;PDT -25200 D;PMDT -7200 D;PMST -10800;PST -28800;PYST -10800 D;PYT America/Asuncio"
                    + "n;UYST -7200 D;UYT -10800;VET America/Caracas;WGST -7200 D;WGT -10800;DAVT Antarctica/Davis;DDUT 360"
                    + "00;MAWT Antarctica/Mawson;AFT 16200;ALMT 21600;ALMST 25200 D;AMST Asia/Yerevan;AMT -14400;ANAST Asia"
                    + "/Anadyr;ANAT Asia/Anadyr;AZST Asia/Baku;AZT Asia/Baku;BDT 21600;BNT 28800;BORT 28800;BTT 21600;CCT 2"
                    + "8800;GEST Asia/Tbilisi;GET Asia/Tbilisi;HKT 28800;ICT 25200;IDT 10800 D;IRKST Asia/Irkutsk;IRKT Asia"
                    + "/Irkutsk;IRT 12600;IST 7200;JAYT 32400;JST 32400;KDT 36000 D;KGST 21600 D;KGT Asia/Bishkek;KRAST Asi"
                    + "a/Krasnoyarsk;KRAT Asia/Krasnoyarsk;KST 32400;LKT Asia/Colombo;MAGST Asia/Magadan;MAGT Asia/Magadan;"
                    + "MMT 23400;MYT 28800;NOVST Asia/Novosibirsk;NOVT Asia/Novosibirsk;NPT 20700;OMSST Asia/Omsk;OMST Asia"
                    + "/Omsk;PETST Asia/Kamchatka;PETT Asia/Kamchatka;PHT 28800;PKT 18000;PKST 21600 D;SGT Asia/Singapore;T"
                    + "JT 18000;TMT Asia/Ashgabat;ULAST 32400 D;ULAT Asia/Ulaanbaatar;UZST 21600 D;UZT 18000;VLAST Asia/Vla"
                    + "divostok;VLAT Asia/Vladivostok;XJT 21600;YAKST Asia/Yakutsk;YAKT Asia/Yakutsk;YEKST 21600 D;YEKT Asi"
                    + "a/Yekaterinburg;ADT -10800 D;AST -14400;AZOST 0 D;AZOT -3600;FKST Atlantic/Stanley;FKT Atlantic/Stan"
                    + "ley;ACSST 37800 D;ACDT 37800 D;ACST 34200;ACWST 31500;AESST 39600 D;AEDT 39600 D;AEST 36000;AWSST 32"
                    + "400 D;AWST 28800;CADT 37800 D;CAST 34200;LHDT Australia/Lord_Howe;LHST 37800;LIGT 36000;NZT 43200;SA"
                    + "DT 37800 D;WADT 28800 D;WAST 25200;WDT 32400 D;GMT 0;UCT 0;UT 0;UTC 0;Z 0;ZULU 0;BST 3600 D;BDST 720"
                    + "0 D;CEST 7200 D;CET 3600;CETDST 7200 D;EEST 10800 D;EET 7200;EETDST 10800 D;FET 10800;MEST 7200 D;ME"
                    + "SZ 7200 D;MET 3600;METDST 7200 D;MEZ 3600;MSD 14400 D;MSK Europe/Moscow;VOLT Europe/Volgograd;WET 0;"
                    + "WETDST 3600 D;CXT 25200;IOT Indian/Chagos;MUT 14400;MUST 18000 D;MVT 18000;RET 14400;SCT 14400;TFT 1"
                    + "8000;CHADT 49500 D;CHAST 45900;CHUT 36000;CKT Pacific/Rarotonga;EASST Pacific/Easter;EAST Pacific/Ea"
                    + "ster;FJST 46800 D;FJT 43200;GALT -21600;GAMT -32400;GILT 43200;HST -36000;KOST Pacific/Kosrae;LINT P"
                    + "acific/Kiritimati;MART -34200;MHT 43200;MPT 36000;NUT Pacific/Niue;NZDT 46800 D;NZST 43200;PGT 36000"
                    + ";PONT 39600;PWT 32400;TAHT -36000;TKT Pacific/Fakaofo;TOT 46800;TRUT 36000;TVT 43200;VUT 39600;WAKT "
                    + "43200;WFT 43200;YAPT 36000";

    private static final Map<String, String> DEFAULT_ABBREVIATIONS = defaultSet();

    private static Map<String, String> defaultSet() {
        Map<String, String> m = new HashMap<>();
        for (String entry : DEFAULT_SET.split(";")) {
            int sp = entry.indexOf(' ');
            m.put(entry.substring(0, sp), entry.substring(sp + 1));
        }
        return Map.copyOf(m);
    }

    /**
     * An entry of the abbreviation set: {@link DateTimeKeywords#TZ} or {@link DateTimeKeywords#DTZ} with the
     * UTC offset in seconds east, or {@link DateTimeKeywords#DYNTZ} with the zone that defines it.
     */
    record Abbrev(int type, int offset, ZoneId zone) {}

    /** DecodeTimezoneAbbrev: the Default set's entry for a lower-case token, or null. */
    static Abbrev lookup(String lowToken) {
        if (lowToken.length() > 10) {
            return null; // every abbreviation is shorter than TOKMAXLEN
        }
        String v = DEFAULT_ABBREVIATIONS.get(lowToken.toUpperCase(Locale.ROOT));
        if (v == null) {
            return null;
        }
        if (Character.isDigit(v.charAt(0)) || v.charAt(0) == '-') {
            boolean dst = v.endsWith(" D");
            int off = Integer.parseInt(dst ? v.substring(0, v.length() - 2) : v);
            return new Abbrev(dst ? DateTimeKeywords.DTZ : DateTimeKeywords.TZ, off, null);
        }
        return new Abbrev(DateTimeKeywords.DYNTZ, 0, ZoneId.of(v));
    }

    /**
     * DetermineTimeZoneAbbrevOffset: the UTC offset (seconds east) a dynamic abbreviation had in its zone
     * around local time {@code local}, or the zone's own offset there when the zone never used it.
     */
    static int dynamicOffset(String abbrev, ZoneId zone, LocalDateTime local, PgTm tm) {
        Optional<Zone> z = CACHE.computeIfAbsent(zone.getId(), TzAbbreviations::load);
        long t = local.toEpochSecond(ZoneOffset.UTC);
        Integer off = z.map(x -> x.offsetOf(abbrev.toUpperCase(Locale.ROOT), t)).orElse(null);
        return off != null ? off : -TimeZones.determineOffset(tm, TzifRules.of(zone));
    }

    /**
     * The abbreviation in effect in {@code zone} at {@code epochSecond}, whose UTC offset there is {@code
     * offsetSeconds}; null when the tz database does not know the zone.
     */
    static String abbreviation(ZoneId zone, long epochSecond, int offsetSeconds) {
        if (zone instanceof ZoneOffset) {
            return null;
        }
        Optional<Zone> z = CACHE.computeIfAbsent(zone.getId(), TzAbbreviations::load);
        return z.map(v -> v.at(epochSecond, offsetSeconds)).orElse(null);
    }

    /** The parsed system TZif file of a zone id (case as on disk), if there is one. */
    static Optional<Zone> zone(String id) {
        return CACHE.computeIfAbsent(id, TzAbbreviations::load);
    }

    private static Optional<Zone> load(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse(Files.readAllBytes(ZONEINFO.resolve(id))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses a TZif file (version 1 or later; the 64-bit block of version 2+ when present); null if not TZif. */
    static Zone parse(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        if (data.length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f') {
            return null;
        }
        int version = data[4];
        int[] counts = counts(b, 20);
        if (version == 0) {
            return block(b, 44, counts, 4, "");
        }
        int v1Size = counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0];
        int h2 = 44 + v1Size;
        if (data.length < h2 + 44 || data[h2] != 'T' || data[h2 + 1] != 'Z') {
            return null;
        }
        int[] c2 = counts(b, h2 + 20);
        int start = h2 + 44;
        int v2Size = c2[3] * 9 + c2[4] * 6 + c2[5] + c2[2] * 12 + c2[1] + c2[0];
        String footer = "";
        int f = start + v2Size;
        if (f < data.length && data[f] == '\n') {
            int end = f + 1;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            footer = new String(data, f + 1, end - f - 1, StandardCharsets.US_ASCII);
        }
        return block(b, start, c2, 8, footer);
    }

    private static int[] counts(ByteBuffer b, int at) {
        int[] c = new int[6];
        for (int i = 0; i < 6; i++) {
            c[i] = b.getInt(at + 4 * i);
            if (c[i] < 0 || c[i] > 1_000_000) {
                throw new IllegalArgumentException("bad TZif count");
            }
        }
        return c;
    }

    /** counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
    private static Zone block(ByteBuffer b, int at, int[] c, int timeSize, String footer) {
        int timecnt = c[3];
        int typecnt = c[4];
        int charcnt = c[5];
        long[] times = new long[timecnt];
        int pos = at;
        for (int i = 0; i < timecnt; i++, pos += timeSize) {
            times[i] = timeSize == 8 ? b.getLong(pos) : b.getInt(pos);
        }
        int[] idx = new int[timecnt];
        for (int i = 0; i < timecnt; i++) {
            idx[i] = b.get(pos++) & 0xff;
        }
        int[] utoff = new int[typecnt];
        boolean[] isdst = new boolean[typecnt];
        int[] desig = new int[typecnt];
        for (int i = 0; i < typecnt; i++, pos += 6) {
            utoff[i] = b.getInt(pos);
            isdst[i] = b.get(pos + 4) != 0;
            desig[i] = b.get(pos + 5) & 0xff;
        }
        byte[] chars = new byte[charcnt];
        b.get(pos, chars);
        String[] names = new String[typecnt];
        for (int i = 0; i < typecnt; i++) {
            int end = desig[i];
            while (end < charcnt && chars[end] != 0) {
                end++;
            }
            names[i] = new String(chars, desig[i], end - desig[i], StandardCharsets.US_ASCII);
        }
        for (int i : idx) {
            if (i >= typecnt) {
                throw new IllegalArgumentException("bad TZif type index");
            }
        }
        String[] tail = posixNames(footer);
        return new Zone(times, idx, utoff, names, tail, isdst, footer);
    }

    /** {std name, std offset, dst name, dst offset} from a POSIX TZ string (offsets as UTC offsets), or null. */
    private static String[] posixNames(String footer) {
        Matcher m = POSIX.matcher(footer);
        if (footer.isEmpty() || !m.matches()) {
            return null;
        }
        int std = -posixOffset(m.group(2));
        String dstName = m.group(3) == null ? null : unquote(m.group(3));
        int dst = m.group(4) == null ? std + 3600 : -posixOffset(m.group(4));
        return new String[] {unquote(m.group(1)), Integer.toString(std), dstName, Integer.toString(dst)};
    }

    private static String unquote(String name) {
        return name.startsWith("<") ? name.substring(1, name.length() - 1) : name;
    }

    private static int posixOffset(String s) {
        int sign = 1;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            sign = s.charAt(0) == '-' ? -1 : 1;
            i = 1;
        }
        String[] parts = s.substring(i).split(":");
        int secs = Integer.parseInt(parts[0]) * 3600;
        if (parts.length > 1) {
            secs += Integer.parseInt(parts[1]) * 60;
        }
        if (parts.length > 2) {
            secs += Integer.parseInt(parts[2]);
        }
        return sign * secs;
    }

    /** One zone's transitions and local time types. */
    record Zone(
            long[] times,
            int[] typeIndex,
            int[] utoff,
            String[] names,
            String[] posix,
            boolean[] isdst,
            String footer) {
        String at(long epochSecond, int offsetSeconds) {
            if (times.length == 0 || epochSecond >= times[times.length - 1]) {
                if (posix != null) {
                    if (posix[2] != null && Integer.parseInt(posix[3]) == offsetSeconds) {
                        return posix[2];
                    }
                    return posix[0];
                }
                if (times.length == 0) {
                    return names.length == 0 ? null : names[0];
                }
            }
            if (times.length == 0 || epochSecond < times[0]) {
                return names.length == 0 ? null : names[0];
            }
            int i = Arrays.binarySearch(times, epochSecond);
            int t = i >= 0 ? i : -i - 2;
            return names[typeIndex[t]];
        }

        /** The offset abbreviation {@code abbrev} meant at or before local time {@code t}, else next after it. */
        Integer offsetOf(String abbrev, long t) {
            Integer before = null;
            Integer after = null;
            for (int i = 0; i < times.length; i++) {
                int type = typeIndex[i];
                if (names[type].equals(abbrev)) {
                    if (times[i] + utoff[type] <= t) {
                        before = utoff[type];
                    } else if (after == null) {
                        after = utoff[type];
                    }
                }
            }
            if (posix != null && (times.length == 0 || t >= times[times.length - 1])) {
                if (abbrev.equals(posix[0])) {
                    return Integer.parseInt(posix[1]);
                }
                if (abbrev.equals(posix[2])) {
                    return Integer.parseInt(posix[3]);
                }
            }
            return before != null ? before : after;
        }
    }
}

package dev.tusk.types.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
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
        int[] desig = new int[typecnt];
        for (int i = 0; i < typecnt; i++, pos += 6) {
            utoff[i] = b.getInt(pos);
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
        return new Zone(times, idx, utoff, names, tail);
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
    record Zone(long[] times, int[] typeIndex, int[] utoff, String[] names, String[] posix) {
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
    }
}

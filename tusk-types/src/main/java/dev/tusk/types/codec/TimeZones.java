package dev.tusk.types.codec;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Time zone names in date/time input as PostgreSQL 15 resolves them ({@code pg_tzset}): a tz database zone
 * whose name matches case-insensitively (the files under {@code /usr/share/zoneinfo}, which PostgreSQL built
 * with system tzdata reads too), else a POSIX zone specification ({@code UTC+3} is three hours west); and
 * {@code DetermineTimeZoneOffset}, which turns a local time into a UTC offset the way PostgreSQL does across
 * DST transitions (a skipped time takes the offset before the transition, a repeated one the offset after).
 */
final class TimeZones {
    private static final Path ZONEINFO = Paths.get("/usr/share/zoneinfo");

    private TimeZones() {}

    /** Upper-cased relative path under zoneinfo to the path as it is on disk. */
    private static final class Index {
        static final Map<String, String> BY_UPPER_NAME = build();

        private static Map<String, String> build() {
            Map<String, String> m = new HashMap<>();
            if (!Files.isDirectory(ZONEINFO)) {
                return m;
            }
            // posix/ holds links to the zone directories, so links are followed
            try (Stream<Path> s = Files.walk(ZONEINFO, 4, FileVisitOption.FOLLOW_LINKS)) {
                s.filter(Files::isRegularFile).forEach(p -> {
                    String rel = ZONEINFO.relativize(p).toString().replace('\\', '/');
                    m.putIfAbsent(rel.toUpperCase(Locale.ROOT), rel);
                });
            } catch (IOException | RuntimeException e) {
                // no usable tz database: only POSIX specifications resolve
            }
            return m;
        }
    }

    /** Upper-cased JDK zone id to the id, for hosts without a tz database under /usr/share/zoneinfo. */
    private static final class JavaIds {
        static final Map<String, String> BY_UPPER_NAME = build();

        private static Map<String, String> build() {
            Map<String, String> m = new HashMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                m.putIfAbsent(id.toUpperCase(Locale.ROOT), id);
            }
            return m;
        }
    }

    /** pg_tzset: the rules of the zone a (lower-cased) name stands for, or null when unknown. */
    static TzRules named(String name) {
        if (name.length() > 255) {
            return null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("GMT")) {
            return TzRules.of(ZoneOffset.UTC.getRules());
        }
        String rel = Index.BY_UPPER_NAME.get(upper);
        if (rel == null) {
            // no system tz database (or no such file): the JDK's zone ids, matched the same way
            rel = JavaIds.BY_UPPER_NAME.get(upper);
        }
        if (rel != null) {
            ZoneRules r = TzifRules.fromFile(rel).orElse(null);
            if (r != null) {
                return TzRules.of(r);
            }
            try {
                return TzRules.of(ZoneId.of(rel).getRules());
            } catch (DateTimeException e) {
                return null;
            }
        }
        return PosixTz.parse(upper);
    }

    /**
     * DetermineTimeZoneOffset: the offset, in PostgreSQL's sign (seconds west), of the local time in
     * {@code tm} in {@code zone}; 0 (UTC) for dates outside the Julian-day range.
     */
    static int determineOffset(PgTm tm, TzRules zone) {
        return determineOffset(tm, zone.usableRules()) - zone.shift();
    }

    /** As above for unshifted rules. */
    static int determineOffset(PgTm tm, ZoneRules rules) {
        if (!DateFields.isValidJulian(tm.year, tm.mon, tm.mday)) {
            tm.isdst = 0;
            return 0;
        }
        LocalDateTime local = localDateTime(tm);
        ZoneOffsetTransition t = rules.getTransition(local);
        ZoneOffset off;
        if (t == null) {
            off = rules.getOffset(local);
        } else if (t.isGap()) {
            off = t.getOffsetBefore();
        } else {
            off = t.getOffsetAfter();
        }
        tm.isdst = rules.isDaylightSavings(local.toInstant(off)) ? 1 : 0;
        return -off.getTotalSeconds();
    }

    /** The broken-down local time as a LocalDateTime (24:00 and second 60 roll over, as PostgreSQL's arithmetic does). */
    static LocalDateTime localDateTime(PgTm tm) {
        long days = DateFields.date2j(tm.year, tm.mon, tm.mday) - (long) DateFields.UNIX_EPOCH_JDATE;
        long secs = days * 86400 + tm.hour * 3600L + tm.min * 60L + tm.sec;
        return LocalDateTime.ofEpochSecond(secs, 0, ZoneOffset.UTC);
    }
}

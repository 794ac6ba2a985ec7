package dev.tusk.calcite.datetime;

import dev.tusk.calcite.func.QueryContext;
import dev.tusk.types.FormatSettings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The session settings datetime code reads at run time (DateStyle, IntervalStyle, TimeZone) and PostgreSQL's
 * conversions between local time in the session TimeZone and UTC.
 */
public final class DatetimeSession {
    private static final long PG_EPOCH_SECONDS = PgEpoch.EPOCH_DAYS_1970 * 86_400L;

    private DatetimeSession() {}

    /** The running statement's formatting settings. */
    public static FormatSettings settings() {
        return QueryContext.current().session().formatSettings();
    }

    /** The session TimeZone. */
    public static ZoneId zone() {
        return settings().timeZone();
    }

    /** The UTC offset of {@code zone} at a finite UTC timestamp, in seconds east of Greenwich. */
    public static int offsetSeconds(long utc, ZoneId zone) {
        long secs = Math.floorDiv(utc, PgEpoch.USECS_PER_SEC) + PG_EPOCH_SECONDS;
        return zone.getRules().getOffset(Instant.ofEpochSecond(secs)).getTotalSeconds();
    }

    /** A finite UTC timestamp as local time in {@code zone}. */
    public static long toLocal(long utc, ZoneId zone) {
        return utc + offsetSeconds(utc, zone) * PgEpoch.USECS_PER_SEC;
    }

    /**
     * A finite local time in {@code zone} as UTC, resolving transitions as PostgreSQL's DetermineTimeZoneOffset
     * does: a time skipped by a spring-forward transition is read with the offset before it, a time repeated by a
     * fall-back transition with the offset after it.
     */
    public static long toUtc(long local, ZoneId zone) {
        LocalDateTime ldt = PgEpoch.toLocalDateTime(local);
        int offset = ldt.atZone(zone).withLaterOffsetAtOverlap().getOffset().getTotalSeconds();
        if (zone.getRules().getValidOffsets(ldt).isEmpty()) {
            // a gap: the offset in force before the transition
            offset = zone.getRules().getTransition(ldt).getOffsetBefore().getTotalSeconds();
        }
        return local - offset * PgEpoch.USECS_PER_SEC;
    }
}

package dev.tusk.types.codec;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's UTC offsets as PostgreSQL sees them: built from the system's TZif file (the same tz database
 * PostgreSQL reads, which can differ from the JDK's bundled copy, e.g. for {@code EST5EDT}) with the file's
 * POSIX footer rules for later years; the JDK's rules when there is no such file.
 */
final class TzifRules {
    private static final ConcurrentHashMap<String, Optional<ZoneRules>> CACHE = new ConcurrentHashMap<>();

    private TzifRules() {}

    /** Rules for a zone id: the system file's when readable, else the JDK's. */
    static ZoneRules of(ZoneId zone) {
        if (zone instanceof ZoneOffset o) {
            return o.getRules();
        }
        return fromFile(zone.getId()).orElseGet(zone::getRules);
    }

    /** Rules from the TZif file of a zone id (path relative to the tz database), if it exists and converts. */
    static Optional<ZoneRules> fromFile(String id) {
        return CACHE.computeIfAbsent(id, k -> TzAbbreviations.zone(k).map(TzifRules::build));
    }

    private static ZoneRules build(TzAbbreviations.Zone z) {
        int typecnt = z.utoff().length;
        if (typecnt == 0) {
            return null;
        }
        // before the first transition: the first standard-time type, as pg_next_dst_boundary takes it
        int base = 0;
        while (base < typecnt && z.isdst()[base]) {
            base++;
        }
        if (base == typecnt) {
            base = 0;
        }
        ZoneOffset baseOffset = ZoneOffset.ofTotalSeconds(z.utoff()[base]);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffset before = baseOffset;
        for (int i = 0; i < z.times().length; i++) {
            ZoneOffset after = ZoneOffset.ofTotalSeconds(z.utoff()[z.typeIndex()[i]]);
            if (!after.equals(before)) {
                LocalDateTime local = LocalDateTime.ofEpochSecond(z.times()[i], 0, before);
                transitions.add(ZoneOffsetTransition.of(local, before, after));
            }
            before = after;
        }
        List<ZoneOffsetTransitionRule> last = List.of();
        if (!z.footer().isEmpty()) {
            TzRules tail = PosixTz.parse(z.footer());
            if (tail != null
                    && tail.shift() == 0
                    && !tail.rules().getTransitionRules().isEmpty()) {
                last = tail.rules().getTransitionRules();
                if (transitions.isEmpty()) {
                    return tail.rules();
                }
            }
        }
        return ZoneRules.of(baseOffset, baseOffset, List.of(), transitions, last);
    }
}

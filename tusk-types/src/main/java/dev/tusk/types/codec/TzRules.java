package dev.tusk.types.codec;

import java.time.Instant;
import java.time.zone.ZoneRules;

/**
 * A time zone's offset rules as the date/time decoders use them: JDK {@link ZoneRules} plus a constant shift
 * in seconds, because a POSIX zone specification may put a zone up to 167 hours from Greenwich, beyond what a
 * {@link java.time.ZoneOffset} can hold; the rules then hold the offsets minus the shift (the local times of
 * transitions are unaffected).
 */
record TzRules(ZoneRules rules, int shift, String unsupported) {
    TzRules(ZoneRules rules, int shift) {
        this(rules, shift, null);
    }

    static TzRules of(ZoneRules rules) {
        return new TzRules(rules, 0);
    }

    /**
     * A valid POSIX specification whose standard and daylight offsets lie more than 18 hours apart, which
     * PostgreSQL accepts but the JDK's rules cannot express; using its offsets is an error.
     */
    static TzRules unrepresentable(String spec) {
        return new TzRules(null, 0, spec);
    }

    /** pg_get_timezone_offset: true when the zone has a single UTC offset. */
    boolean isFixed() {
        return rules != null && rules.isFixedOffset();
    }

    /** The rules, or the error for a specification they cannot express. */
    ZoneRules usableRules() {
        if (rules == null) {
            throw new dev.tusk.types.PgTypeException(
                    dev.tusk.types.PgTypeException.FEATURE_NOT_SUPPORTED,
                    "time zone \"" + unsupported + "\" has standard and daylight offsets more than 18 hours apart,"
                            + " which is not supported");
        }
        return rules;
    }

    /** The single offset of a fixed zone, in seconds east of Greenwich. */
    int fixedOffsetEast() {
        return rules.getOffset(Instant.EPOCH).getTotalSeconds() + shift;
    }
}

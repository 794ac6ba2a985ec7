package dev.tusk.types;

/**
 * A PostgreSQL range value: bounds (null meaning infinite), their inclusivity and the empty flag;
 * an infinite bound is never inclusive and an empty range has no bounds.
 *
 * @param <T> the subtype's Java type
 */
public record PgRange<T>(T lower, T upper, boolean lowerInclusive, boolean upperInclusive, boolean empty) {
    /** Normalises the flags as PostgreSQL does: infinite bounds are exclusive, empty ranges boundless. */
    public PgRange {
        if (empty) {
            lower = null;
            upper = null;
            lowerInclusive = false;
            upperInclusive = false;
        }
        if (lower == null) {
            lowerInclusive = false;
        }
        if (upper == null) {
            upperInclusive = false;
        }
    }

    /** The empty range. */
    public static <T> PgRange<T> emptyRange() {
        return new PgRange<>(null, null, false, false, true);
    }

    /** The range {@code [lower, upper)}; a null bound is infinite. */
    public static <T> PgRange<T> closedOpen(T lower, T upper) {
        return new PgRange<>(lower, upper, true, false, false);
    }

    /** Whether the lower bound is infinite. */
    public boolean lowerInfinite() {
        return !empty && lower == null;
    }

    /** Whether the upper bound is infinite. */
    public boolean upperInfinite() {
        return !empty && upper == null;
    }
}

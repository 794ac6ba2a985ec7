package dev.tusk.types;

import java.util.List;

/**
 * A PostgreSQL multirange value: its ranges, which the codec keeps sorted, non-empty, and neither
 * overlapping nor adjacent, as PostgreSQL does.
 *
 * @param <T> the subtype's Java type
 */
public record PgMultirange<T>(List<PgRange<T>> ranges) {
    /** Copies the list, which must not contain null. */
    public PgMultirange {
        ranges = List.copyOf(ranges);
    }
}

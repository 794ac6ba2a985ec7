package dev.tusk.types;

import java.util.Objects;

/** A PostgreSQL {@code circle}: a centre and a radius (never negative; NaN is allowed as in PostgreSQL). */
public record PgCircle(PgPoint center, double radius) {
    /** Rejects a negative radius. */
    public PgCircle {
        Objects.requireNonNull(center, "center");
        if (radius < 0) {
            throw new IllegalArgumentException("negative radius " + radius);
        }
    }
}

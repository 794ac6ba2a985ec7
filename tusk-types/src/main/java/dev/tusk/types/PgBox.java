package dev.tusk.types;

import java.util.Objects;

/**
 * A PostgreSQL {@code box}, normalised as {@code box_in} does: {@code high} is the upper-right
 * corner and {@code low} the lower-left, whichever opposite corners are given.
 */
public record PgBox(PgPoint high, PgPoint low) {
    /** Reorders the coordinates so that high holds the maxima and low the minima. */
    public PgBox {
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        if (high.x() < low.x() || high.y() < low.y()) {
            PgPoint h = new PgPoint(Math.max(high.x(), low.x()), Math.max(high.y(), low.y()));
            low = new PgPoint(Math.min(high.x(), low.x()), Math.min(high.y(), low.y()));
            high = h;
        }
    }
}

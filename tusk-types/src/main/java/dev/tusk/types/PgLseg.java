package dev.tusk.types;

import java.util.Objects;

/** A PostgreSQL {@code lseg}: a line segment between two points. */
public record PgLseg(PgPoint p1, PgPoint p2) {
    /** Requires both points. */
    public PgLseg {
        Objects.requireNonNull(p1, "p1");
        Objects.requireNonNull(p2, "p2");
    }
}

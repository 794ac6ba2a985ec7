package dev.tusk.types;

import java.util.List;

/** A PostgreSQL {@code path}: an open or closed sequence of at least one point. */
public record PgPath(boolean closed, List<PgPoint> points) {
    /** Copies the points; a path needs at least one. */
    public PgPath {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one point");
        }
    }
}

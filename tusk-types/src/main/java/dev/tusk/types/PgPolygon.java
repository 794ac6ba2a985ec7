package dev.tusk.types;

import java.util.List;

/** A PostgreSQL {@code polygon}: a closed sequence of at least one point. */
public record PgPolygon(List<PgPoint> points) {
    /** Copies the points; a polygon needs at least one. */
    public PgPolygon {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one point");
        }
    }
}

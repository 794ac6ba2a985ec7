package dev.tusk.types;

/** A PostgreSQL {@code point}: two float8 coordinates. */
public record PgPoint(double x, double y) {}

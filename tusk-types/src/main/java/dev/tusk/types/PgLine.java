package dev.tusk.types;

/** A PostgreSQL {@code line}: the infinite line {@code Ax + By + C = 0}. */
public record PgLine(double a, double b, double c) {}

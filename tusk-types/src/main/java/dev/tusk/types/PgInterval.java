package dev.tusk.types;

/**
 * An {@code interval} value exactly as PostgreSQL stores it: months, days and microseconds kept
 * apart, because a month and a day have no fixed length.
 */
public record PgInterval(int months, int days, long micros) {
    /** The zero interval. */
    public static final PgInterval ZERO = new PgInterval(0, 0, 0);

    /** An interval of whole months. */
    public static PgInterval ofMonths(int months) {
        return new PgInterval(months, 0, 0);
    }

    /** An interval of whole days. */
    public static PgInterval ofDays(int days) {
        return new PgInterval(0, days, 0);
    }

    /** An interval of microseconds. */
    public static PgInterval ofMicros(long micros) {
        return new PgInterval(0, 0, micros);
    }
}

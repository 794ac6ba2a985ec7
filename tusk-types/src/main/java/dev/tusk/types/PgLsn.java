package dev.tusk.types;

/** A PostgreSQL {@code pg_lsn}: a WAL location, an unsigned 64-bit value held in {@code value}'s bits. */
public record PgLsn(long value) {
    /** The {@code XXXXXXXX/XXXXXXXX} text form. */
    @Override
    public String toString() {
        return Long.toHexString(value >>> 32).toUpperCase(java.util.Locale.ROOT)
                + "/"
                + Integer.toHexString((int) value).toUpperCase(java.util.Locale.ROOT);
    }
}

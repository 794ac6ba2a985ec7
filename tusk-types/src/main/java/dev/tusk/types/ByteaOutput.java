package dev.tusk.types;

import java.util.Locale;

/** The {@code bytea_output} setting. */
public enum ByteaOutput {
    /** {@code \x0102ff}. */
    HEX,
    /** Traditional escape format with octal escapes for non-printable bytes. */
    ESCAPE;

    /** Parses {@code hex} or {@code escape}, case-insensitively. */
    public static ByteaOutput parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "hex" -> HEX;
            case "escape" -> ESCAPE;
            default ->
                throw new PgTypeException(
                        PgTypeException.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"bytea_output\": \"" + value + "\"",
                        null);
        };
    }

    /** The value as PostgreSQL reports it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.tusk.types;

import java.util.Locale;

/** The {@code IntervalStyle} setting, which selects the text form of {@code interval} values. */
public enum IntervalStyle {
    /** {@code 1 year 2 mons 3 days 04:05:06}. */
    POSTGRES("postgres"),
    /** {@code @ 1 year 2 mons 3 days 4 hours 5 mins 6 secs}. */
    POSTGRES_VERBOSE("postgres_verbose"),
    /** {@code +1-2 +3 +4:05:06}. */
    SQL_STANDARD("sql_standard"),
    /** {@code P1Y2M3DT4H5M6S}. */
    ISO_8601("iso_8601");

    private final String setting;

    IntervalStyle(String setting) {
        this.setting = setting;
    }

    /** Parses a setting value case-insensitively; unknown values fail like {@code SET IntervalStyle} does. */
    public static IntervalStyle parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (IntervalStyle s : values()) {
            if (s.setting.equals(v)) {
                return s;
            }
        }
        throw new PgTypeException(
                PgTypeException.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"IntervalStyle\": \"" + value + "\"",
                null);
    }

    /** The value as PostgreSQL reports it, e.g. {@code postgres}. */
    @Override
    public String toString() {
        return setting;
    }
}

package dev.tusk.types;

import java.util.Locale;
import java.util.Objects;

/** The {@code DateStyle} setting: an output style plus a field order for ambiguous input and output. */
public record DateStyle(Style style, Order order) {
    /** PostgreSQL's default, {@code ISO, MDY}. */
    public static final DateStyle DEFAULT = new DateStyle(Style.ISO, Order.MDY);

    /** The output style part of DateStyle. */
    public enum Style {
        /** ISO 8601 / SQL standard: {@code 2024-01-02 03:04:05}. */
        ISO("ISO"),
        /** Traditional SQL: {@code 01/02/2024 03:04:05}. */
        SQL("SQL"),
        /** Traditional POSTGRES: {@code Tue Jan 02 03:04:05 2024}. */
        POSTGRES("Postgres"),
        /** German: {@code 02.01.2024 03:04:05}. */
        GERMAN("German");

        private final String display;

        Style(String display) {
            this.display = display;
        }

        /** The spelling PostgreSQL uses when it reports the setting. */
        public String display() {
            return display;
        }
    }

    /** The field order part of DateStyle. */
    public enum Order {
        /** Day, month, year. */
        DMY,
        /** Month, day, year. */
        MDY,
        /** Year, month, day. */
        YMD
    }

    /** Validates the components. */
    public DateStyle {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(order, "order");
    }

    /** Parses a {@code DateStyle} value starting from {@link #DEFAULT}, as {@code SET DateStyle} does. */
    public static DateStyle parse(String value) {
        return parse(value, DEFAULT);
    }

    /**
     * Parses a {@code DateStyle} value the way PostgreSQL's {@code check_datestyle} does: components
     * missing from {@code value} are kept from {@code current}, except that {@code German} alone implies
     * {@code DMY}.
     */
    public static DateStyle parse(String value, DateStyle current) {
        Style style = null;
        Order order = null;
        boolean conflict = false;
        String[] tokens = value.trim().split("[\\s,]+");
        if (value.isBlank()) {
            throw invalid(value, "Unrecognized key word: \"\".");
        }
        for (String raw : tokens) {
            String tok = raw.toLowerCase(Locale.ROOT);
            Style s = null;
            Order o = null;
            switch (tok) {
                case "iso" -> s = Style.ISO;
                case "sql" -> s = Style.SQL;
                case "postgres" -> s = Style.POSTGRES;
                case "german" -> s = Style.GERMAN;
                case "ymd" -> o = Order.YMD;
                case "dmy", "euro", "european" -> o = Order.DMY;
                case "mdy", "us", "noneuro", "noneuropean" -> o = Order.MDY;
                case "default" -> {
                    s = DEFAULT.style;
                    o = DEFAULT.order;
                }
                default -> throw invalid(value, "Unrecognized key word: \"" + raw + "\".");
            }
            if (s != null) {
                if (style != null && style != s) {
                    conflict = true;
                }
                style = s;
            }
            if (o != null) {
                if (order != null && order != o) {
                    conflict = true;
                }
                order = o;
            }
        }
        if (conflict) {
            throw invalid(value, "Conflicting \"datestyle\" specifications.");
        }
        if (style == null) {
            style = current.style;
        }
        if (order == null) {
            order = style == Style.GERMAN ? Order.DMY : current.order;
        }
        return new DateStyle(style, order);
    }

    private static PgTypeException invalid(String value, String detail) {
        return new PgTypeException(
                PgTypeException.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"DateStyle\": \"" + value + "\"",
                detail);
    }

    /** Renders the setting as PostgreSQL reports it, e.g. {@code ISO, MDY}. */
    @Override
    public String toString() {
        return style.display() + ", " + order.name();
    }
}

package dev.tusk.types.codec;

import dev.tusk.types.PgTypeException;

/**
 * A date/time decoding failure carrying PostgreSQL's DTERR code, turned into the error
 * {@code DateTimeParseError} raises once the input function knows the input string and type name.
 */
final class DateTimeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final int BAD_FORMAT = -1;
    static final int FIELD_OVERFLOW = -2;
    static final int MD_FIELD_OVERFLOW = -3;
    static final int INTERVAL_OVERFLOW = -4;
    static final int TZDISP_OVERFLOW = -5;

    private static final DateTimeError BAD = new DateTimeError(BAD_FORMAT);
    private static final DateTimeError OVERFLOW = new DateTimeError(FIELD_OVERFLOW);
    private static final DateTimeError MD_OVERFLOW = new DateTimeError(MD_FIELD_OVERFLOW);
    private static final DateTimeError TZDISP = new DateTimeError(TZDISP_OVERFLOW);

    final int code;

    private DateTimeError(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    static DateTimeError badFormat() {
        return BAD;
    }

    static DateTimeError fieldOverflow() {
        return OVERFLOW;
    }

    static DateTimeError mdFieldOverflow() {
        return MD_OVERFLOW;
    }

    static DateTimeError tzDispOverflow() {
        return TZDISP;
    }

    static DateTimeError of(int code) {
        return switch (code) {
            case FIELD_OVERFLOW -> OVERFLOW;
            case MD_FIELD_OVERFLOW -> MD_OVERFLOW;
            case TZDISP_OVERFLOW -> TZDISP;
            case INTERVAL_OVERFLOW -> new DateTimeError(INTERVAL_OVERFLOW);
            default -> BAD;
        };
    }

    /** DateTimeParseError: the PostgreSQL error for this code on input {@code str} of type {@code type}. */
    PgTypeException toException(String str, String type) {
        return switch (code) {
            case FIELD_OVERFLOW ->
                new PgTypeException(
                        PgTypeException.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + str + "\"");
            case MD_FIELD_OVERFLOW ->
                new PgTypeException(
                        PgTypeException.DATETIME_FIELD_OVERFLOW,
                        "date/time field value out of range: \"" + str + "\"",
                        null,
                        "Perhaps you need a different \"datestyle\" setting.",
                        null);
            case INTERVAL_OVERFLOW ->
                new PgTypeException("22015", "interval field value out of range: \"" + str + "\"");
            case TZDISP_OVERFLOW ->
                new PgTypeException("22009", "time zone displacement out of range: \"" + str + "\"");
            default ->
                new PgTypeException(
                        PgTypeException.INVALID_DATETIME_FORMAT,
                        "invalid input syntax for type " + type + ": \"" + str + "\"");
        };
    }
}

package dev.tusk.types;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The session settings that change how values are rendered as and parsed from text; immutable so a
 * snapshot can be handed to encoders without locking.
 */
public record FormatSettings(
        DateStyle dateStyle,
        IntervalStyle intervalStyle,
        ZoneId timeZone,
        int extraFloatDigits,
        ByteaOutput byteaOutput) {

    /** PostgreSQL's defaults: {@code ISO, MDY}, {@code postgres}, {@code UTC}, 1, {@code hex}. */
    public static final FormatSettings DEFAULT =
            new FormatSettings(DateStyle.DEFAULT, IntervalStyle.POSTGRES, ZoneOffset.UTC, 1, ByteaOutput.HEX);

    /** Validates the components; {@code extraFloatDigits} must be within -15..3 as in PostgreSQL. */
    public FormatSettings {
        Objects.requireNonNull(dateStyle, "dateStyle");
        Objects.requireNonNull(intervalStyle, "intervalStyle");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(byteaOutput, "byteaOutput");
        if (extraFloatDigits < -15 || extraFloatDigits > 3) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    extraFloatDigits + " is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)");
        }
    }

    /** A copy with another DateStyle. */
    public FormatSettings withDateStyle(DateStyle v) {
        return new FormatSettings(v, intervalStyle, timeZone, extraFloatDigits, byteaOutput);
    }

    /** A copy with another IntervalStyle. */
    public FormatSettings withIntervalStyle(IntervalStyle v) {
        return new FormatSettings(dateStyle, v, timeZone, extraFloatDigits, byteaOutput);
    }

    /** A copy with another TimeZone. */
    public FormatSettings withTimeZone(ZoneId v) {
        return new FormatSettings(dateStyle, intervalStyle, v, extraFloatDigits, byteaOutput);
    }

    /** A copy with another extra_float_digits. */
    public FormatSettings withExtraFloatDigits(int v) {
        return new FormatSettings(dateStyle, intervalStyle, timeZone, v, byteaOutput);
    }

    /** A copy with another bytea_output. */
    public FormatSettings withByteaOutput(ByteaOutput v) {
        return new FormatSettings(dateStyle, intervalStyle, timeZone, extraFloatDigits, v);
    }
}

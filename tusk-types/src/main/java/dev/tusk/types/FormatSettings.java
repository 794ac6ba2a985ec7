package dev.tusk.types;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The session settings that change how values are rendered as and parsed from text, and the catalog the
 * object-identifier types ({@code regclass}, {@code regtype}, ...) look names up in; immutable so a snapshot
 * can be handed to encoders without locking.
 */
public record FormatSettings(
        DateStyle dateStyle,
        IntervalStyle intervalStyle,
        ZoneId timeZone,
        int extraFloatDigits,
        ByteaOutput byteaOutput,
        CatalogNames catalogNames) {

    /**
     * PostgreSQL's defaults: {@code ISO, MDY}, {@code postgres}, {@code UTC}, 1, {@code hex}, with the built-in
     * catalog {@link CatalogNames#builtin()}.
     */
    public static final FormatSettings DEFAULT =
            new FormatSettings(DateStyle.DEFAULT, IntervalStyle.POSTGRES, ZoneOffset.UTC, 1, ByteaOutput.HEX);

    /** Validates the components; {@code extraFloatDigits} must be within -15..3 as in PostgreSQL. */
    public FormatSettings {
        Objects.requireNonNull(dateStyle, "dateStyle");
        Objects.requireNonNull(intervalStyle, "intervalStyle");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(byteaOutput, "byteaOutput");
        Objects.requireNonNull(catalogNames, "catalogNames");
        if (extraFloatDigits < -15 || extraFloatDigits > 3) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    extraFloatDigits + " is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)");
        }
    }

    /** Settings with the built-in catalog {@link CatalogNames#builtin()}. */
    public FormatSettings(
            DateStyle dateStyle,
            IntervalStyle intervalStyle,
            ZoneId timeZone,
            int extraFloatDigits,
            ByteaOutput byteaOutput) {
        this(dateStyle, intervalStyle, timeZone, extraFloatDigits, byteaOutput, CatalogNames.builtin());
    }

    /** A copy with another DateStyle. */
    public FormatSettings withDateStyle(DateStyle v) {
        return new FormatSettings(v, intervalStyle, timeZone, extraFloatDigits, byteaOutput, catalogNames);
    }

    /** A copy with another IntervalStyle. */
    public FormatSettings withIntervalStyle(IntervalStyle v) {
        return new FormatSettings(dateStyle, v, timeZone, extraFloatDigits, byteaOutput, catalogNames);
    }

    /** A copy with another TimeZone. */
    public FormatSettings withTimeZone(ZoneId v) {
        return new FormatSettings(dateStyle, intervalStyle, v, extraFloatDigits, byteaOutput, catalogNames);
    }

    /** A copy with another extra_float_digits. */
    public FormatSettings withExtraFloatDigits(int v) {
        return new FormatSettings(dateStyle, intervalStyle, timeZone, v, byteaOutput, catalogNames);
    }

    /** A copy with another bytea_output. */
    public FormatSettings withByteaOutput(ByteaOutput v) {
        return new FormatSettings(dateStyle, intervalStyle, timeZone, extraFloatDigits, v, catalogNames);
    }

    /** A copy that resolves object names in another catalog. */
    public FormatSettings withCatalogNames(CatalogNames v) {
        return new FormatSettings(dateStyle, intervalStyle, timeZone, extraFloatDigits, byteaOutput, v);
    }
}

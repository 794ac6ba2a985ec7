package dev.tusk.types.typmod;

import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypmodCoercion;
import dev.tusk.types.TypmodInput;
import dev.tusk.types.codec.NumericCodec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code numeric(p,s)}: PostgreSQL's {@code numeric()} (round half away from zero to the scale, which may be
 * negative or exceed the precision, then 22003 {@code numeric field overflow} when the result needs more than
 * {@code p - s} integer digits; NaN passes, infinities do not) and {@code numerictypmodin}.
 */
public final class NumericTypmod implements TypmodCoercion, TypmodInput {
    /** The shared instance. */
    public static final NumericTypmod INSTANCE = new NumericTypmod();

    private static final int MAX_PRECISION = 1000;
    private static final int MIN_SCALE = -1000;
    private static final int MAX_SCALE = 1000;

    private NumericTypmod() {}

    /** The typmod of {@code numeric(precision, scale)}. */
    public static int typmod(int precision, int scale) {
        return ((precision << 16) | (scale & 0x7FF)) + TypmodArgs.VARHDRSZ;
    }

    /** The precision of a valid typmod ({@code >= 4}). */
    public static int precision(int typmod) {
        return ((typmod - TypmodArgs.VARHDRSZ) >> 16) & 0xFFFF;
    }

    /** The scale of a valid typmod: an 11-bit signed field. */
    public static int scale(int typmod) {
        return (((typmod - TypmodArgs.VARHDRSZ) & 0x7FF) ^ 1024) - 1024;
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null) {
            return null;
        }
        Number n = NumericCodec.INSTANCE.coerce(value);
        if (typmod < TypmodArgs.VARHDRSZ) {
            return n;
        }
        int precision = precision(typmod);
        int scale = scale(typmod);
        if (n instanceof Double d) {
            if (Double.isNaN(d)) {
                return d;
            }
            throw new PgTypeException(
                    PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE,
                    "numeric field overflow",
                    "A field with precision " + precision + ", scale " + scale + " cannot hold an infinite value.");
        }
        BigDecimal rounded = ((BigDecimal) n).setScale(scale, RoundingMode.HALF_UP);
        int maxDigits = precision - scale;
        if (rounded.signum() != 0 && rounded.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(maxDigits)) >= 0) {
            throw new PgTypeException(
                    PgTypeException.NUMERIC_VALUE_OUT_OF_RANGE,
                    "numeric field overflow",
                    "A field with precision " + precision + ", scale " + scale
                            + " must round to an absolute value less than "
                            + (maxDigits != 0 ? "10^" + maxDigits : "1") + ".");
        }
        return scale < 0 ? rounded.setScale(0) : rounded;
    }

    @Override
    public ParsedTypmod parse(List<String> modifiers) {
        int[] tl = TypmodArgs.integers(modifiers);
        if (tl.length != 1 && tl.length != 2) {
            throw new PgTypeException(PgTypeException.INVALID_PARAMETER_VALUE, "invalid NUMERIC type modifier");
        }
        if (tl[0] < 1 || tl[0] > MAX_PRECISION) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    "NUMERIC precision " + tl[0] + " must be between 1 and " + MAX_PRECISION);
        }
        if (tl.length == 1) {
            return ParsedTypmod.of(typmod(tl[0], 0));
        }
        if (tl[1] < MIN_SCALE || tl[1] > MAX_SCALE) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    "NUMERIC scale " + tl[1] + " must be between " + MIN_SCALE + " and " + MAX_SCALE);
        }
        return ParsedTypmod.of(typmod(tl[0], tl[1]));
    }
}

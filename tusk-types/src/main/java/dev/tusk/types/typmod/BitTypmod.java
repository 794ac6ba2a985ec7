package dev.tusk.types.typmod;

import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgBits;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypmodCoercion;
import dev.tusk.types.TypmodInput;
import dev.tusk.types.codec.BitCodec;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bit(n)} and {@code bit varying(n)}: PostgreSQL's {@code bit()} (an explicit cast pads with zeros or
 * truncates, assignment requires the exact length) and {@code varbit()} (an explicit cast truncates,
 * assignment fails when too long), and {@code bittypmodin}/{@code varbittypmodin}.
 */
public final class BitTypmod implements TypmodCoercion, TypmodInput {
    /** {@code bit(n)}: the typmod is the length in bits. */
    public static final BitTypmod BIT = new BitTypmod(true, "bit");
    /** {@code bit varying(n)}: the typmod is the maximum length in bits. */
    public static final BitTypmod VARBIT = new BitTypmod(false, "varbit");

    /** VARBITMAXLEN. */
    private static final int MAX_BITS = Integer.MAX_VALUE - 7;

    private final boolean fixed;
    private final String typmodinName;

    private BitTypmod(boolean fixed, String typmodinName) {
        this.fixed = fixed;
        this.typmodinName = typmodinName;
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null) {
            return null;
        }
        PgBits bits = (fixed ? BitCodec.BIT : BitCodec.VARBIT).coerce(value);
        int len = bits.length();
        if (typmod <= 0 || typmod > MAX_BITS || typmod == len || (!fixed && typmod > len)) {
            return bits;
        }
        if (!explicitCast) {
            throw fixed
                    ? new PgTypeException(
                            PgTypeException.STRING_DATA_LENGTH_MISMATCH,
                            "bit string length " + len + " does not match type bit(" + typmod + ")")
                    : new PgTypeException(
                            PgTypeException.STRING_DATA_RIGHT_TRUNCATION,
                            "bit string too long for type bit varying(" + typmod + ")");
        }
        // zero padding or truncation; PgBits clears the bits past the new length
        return new PgBits(typmod, Arrays.copyOf(bits.bits(), (typmod + 7) / 8));
    }

    @Override
    public ParsedTypmod parse(List<String> modifiers) {
        int[] tl = TypmodArgs.integers(modifiers);
        if (tl.length != 1) {
            throw TypmodArgs.invalidModifier();
        }
        if (tl[0] < 1) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE, "length for type " + typmodinName + " must be at least 1");
        }
        int max = TypmodArgs.MAX_ATTR_SIZE * 8;
        if (tl[0] > max) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    "length for type " + typmodinName + " cannot exceed " + max);
        }
        return ParsedTypmod.of(tl[0]);
    }
}

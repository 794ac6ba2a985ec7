package dev.tusk.types.typmod;

import dev.tusk.types.ParsedTypmod;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.TypmodCoercion;
import dev.tusk.types.TypmodInput;
import dev.tusk.types.codec.StringCodec;
import java.util.List;

/**
 * {@code character varying(n)} and {@code character(n)}: PostgreSQL's {@code varchar()} and {@code bpchar()}
 * (lengths count characters, not bytes; an explicit cast truncates, assignment fails unless only spaces would
 * be cut; bpchar pads with spaces) and {@code varchartypmodin}/{@code bpchartypmodin}.
 */
public final class CharTypmod implements TypmodCoercion, TypmodInput {
    /** {@code varchar(n)}. */
    public static final CharTypmod VARCHAR = new CharTypmod(false, "varchar", "character varying");
    /** {@code bpchar(n)}, i.e. {@code character(n)}. */
    public static final CharTypmod BPCHAR = new CharTypmod(true, "char", "character");

    private final boolean blankPadded;
    private final String typmodinName;
    private final String messageName;

    private CharTypmod(boolean blankPadded, String typmodinName, String messageName) {
        this.blankPadded = blankPadded;
        this.typmodinName = typmodinName;
        this.messageName = messageName;
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null) {
            return null;
        }
        String s = StringCodec.TEXT.coerce(value);
        int maxLen = typmod - TypmodArgs.VARHDRSZ;
        if (maxLen < 0 || (!blankPadded && s.length() <= maxLen)) {
            return s; // no typmod, or it fits: UTF-16 units never undercount characters
        }
        int chars = s.codePointCount(0, s.length());
        if (chars == maxLen || (!blankPadded && chars < maxLen)) {
            return s;
        }
        if (chars < maxLen) {
            return s + " ".repeat(maxLen - chars);
        }
        int cut = s.offsetByCodePoints(0, maxLen);
        if (!explicitCast) {
            for (int i = cut; i < s.length(); i++) {
                if (s.charAt(i) != ' ') {
                    throw new PgTypeException(
                            PgTypeException.STRING_DATA_RIGHT_TRUNCATION,
                            "value too long for type " + messageName + "(" + maxLen + ")");
                }
            }
        }
        return s.substring(0, cut);
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
        if (tl[0] > TypmodArgs.MAX_ATTR_SIZE) {
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE,
                    "length for type " + typmodinName + " cannot exceed " + TypmodArgs.MAX_ATTR_SIZE);
        }
        return ParsedTypmod.of(TypmodArgs.VARHDRSZ + tl[0]);
    }
}

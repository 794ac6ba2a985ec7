package dev.tusk.types.typmod;

import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import dev.tusk.types.codec.Int4Codec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** PostgreSQL's {@code ArrayGetIntegerTypmods}: the typmod arguments as int4, with its errors. */
final class TypmodArgs {
    /** VARHDRSZ, the offset of character and numeric typmods. */
    static final int VARHDRSZ = 4;
    /** MaxAttrSize, the largest declared length of a character or bit type (in bytes). */
    static final int MAX_ATTR_SIZE = 10 * 1024 * 1024;

    private TypmodArgs() {}

    /** Each argument read as {@code pg_strtoint32} does. */
    static int[] integers(List<String> modifiers) {
        if (modifiers.isEmpty()) {
            // an empty cstring[] has no dimensions at all
            throw new PgTypeException(PgTypeException.ARRAY_SUBSCRIPT_ERROR, "typmod array must be one-dimensional");
        }
        for (String m : modifiers) {
            if (m == null) {
                throw new PgTypeException(
                        PgTypeException.NULL_VALUE_NOT_ALLOWED, "typmod array must not contain nulls");
            }
        }
        int[] result = new int[modifiers.size()];
        for (int i = 0; i < result.length; i++) {
            byte[] b = modifiers.get(i).getBytes(StandardCharsets.UTF_8);
            result[i] = Int4Codec.INSTANCE.decodeText(b, FormatSettings.DEFAULT);
        }
        return result;
    }

    /** 22023 {@code invalid type modifier}, for a wrong number of arguments. */
    static PgTypeException invalidModifier() {
        return new PgTypeException(PgTypeException.INVALID_PARAMETER_VALUE, "invalid type modifier");
    }
}

package dev.tusk.calcite.type;

import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgType;
import java.nio.charset.StandardCharsets;

/**
 * Result values of types Calcite holds as their text (inet, cidr, macaddr, bit, ...): read back into the value
 * tusk-types encodes for the column's type, through the type's own input function.
 */
public final class TextHeldValues {
    private TextHeldValues() {}

    /** Whether a column of this type may come out of Calcite as text that its codec cannot encode as such. */
    public static boolean textHeld(PgType type) {
        if (type.oid() == dev.tusk.types.BuiltinTypes.VOID.oid()
                || type.oid() == dev.tusk.types.BuiltinTypes.UNKNOWN.oid()) {
            return false; // pseudo-types: their text is written as it is
        }
        return !type.codec().javaType().isAssignableFrom(String.class);
    }

    /**
     * A text-held value with the column's type modifier applied as PostgreSQL's assignment (or explicit) coercion
     * does ({@code B'101'} into {@code bit(3)}, an inet into a column, ...): read with the type's input function,
     * coerced by tusk-types, and written back as the type's text.
     */
    public static String applyTypmod(String text, PgTypeRef ref, FormatSettings settings, boolean explicit) {
        PgType type = ref.type();
        Object value = type.applyTypmod(forColumn(text, type, settings), ref.typmod(), explicit);
        dev.tusk.types.ByteArraySink out = new dev.tusk.types.ByteArraySink();
        type.codec().encodeTextObject(value, settings, out);
        return new String(out.buffer(), 0, out.size(), StandardCharsets.UTF_8);
    }

    /** {@code value} as the column's codec wants it: text is read with the type's input function. */
    public static Object forColumn(Object value, PgType type, FormatSettings settings) {
        if (!(value instanceof String s)) {
            return value;
        }
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        return type.codec().decodeText(text, 0, text.length, settings);
    }
}

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

    /** {@code value} as the column's codec wants it: text is read with the type's input function. */
    public static Object forColumn(Object value, PgType type, FormatSettings settings) {
        if (!(value instanceof String s)) {
            return value;
        }
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        return type.codec().decodeText(text, 0, text.length, settings);
    }
}

package dev.tusk.types.typmod;

import dev.tusk.types.PgArray;
import dev.tusk.types.TypeCodec;
import dev.tusk.types.TypmodCoercion;

/**
 * Arrays of a type with modifiers: PostgreSQL's array coercion applies the element type's length coercion
 * to every non-NULL element ({@code '{abc,de}'::varchar(2)[]}), keeping dimensions and lower bounds.
 */
public final class ArrayTypmod implements TypmodCoercion {
    private final TypmodCoercion element;
    private final TypeCodec<?> arrayCodec;

    /** Applies {@code element} to each element of arrays that {@code arrayCodec} accepts. */
    public ArrayTypmod(TypmodCoercion element, TypeCodec<?> arrayCodec) {
        this.element = element;
        this.arrayCodec = arrayCodec;
    }

    @Override
    public Object apply(Object value, int typmod, boolean explicitCast) {
        if (value == null || typmod < 0) {
            return value;
        }
        PgArray a = (PgArray) arrayCodec.coerce(value);
        Object[] out = null;
        for (int i = 0; i < a.size(); i++) {
            Object e = a.get(i);
            Object c = e == null ? null : element.apply(e, typmod, explicitCast);
            if (c != e && out == null) {
                out = new Object[a.size()];
                for (int j = 0; j < i; j++) {
                    out[j] = a.get(j);
                }
            }
            if (out != null) {
                out[i] = c;
            }
        }
        return out == null ? a : PgArray.of(a.dims(), a.lowerBounds(), out);
    }
}

package dev.tusk.calcite.store;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * When two non-null values of a key column are the same key, and a hash that agrees: the caller's
 * rendition of the column type's equality operator (numeric 1.0 and 1.00 are one key in PostgreSQL).
 */
public interface KeyEquivalence {

    /** {@link Object#equals} and {@link Object#hashCode}: right for integers, text, booleans, UUIDs. */
    KeyEquivalence EQUALS = new KeyEquivalence() {
        @Override
        public int hash(Object value) {
            return value.hashCode();
        }

        @Override
        public boolean equal(Object a, Object b) {
            return a.equals(b);
        }
    };

    /** {@link BigDecimal}s equal by value, whatever their scale (PostgreSQL numeric equality). */
    KeyEquivalence NUMERIC = new KeyEquivalence() {
        @Override
        public int hash(Object value) {
            BigDecimal d = (BigDecimal) value;
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }

        @Override
        public boolean equal(Object a, Object b) {
            return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
        }
    };

    /** The hash of a non-null value; equal values must hash alike. */
    int hash(Object value);

    /** Whether two non-null values are the same key. */
    boolean equal(Object a, Object b);

    /** Equality of the values a key function maps to (e.g. a normalising function). */
    static KeyEquivalence normalizing(Function<Object, Object> key) {
        return new KeyEquivalence() {
            @Override
            public int hash(Object value) {
                return key.apply(value).hashCode();
            }

            @Override
            public boolean equal(Object a, Object b) {
                return key.apply(a).equals(key.apply(b));
            }
        };
    }
}

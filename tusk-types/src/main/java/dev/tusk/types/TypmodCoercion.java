package dev.tusk.types;

/**
 * Applies a type modifier to a value as PostgreSQL's length-coercion function for the type does
 * ({@code varchar()}, {@code bpchar()}, {@code bit()}, {@code numeric()}, {@code timestamp_scale()} ...):
 * truncation, padding, rounding, or an error with PostgreSQL's SQLSTATE and message.
 */
@FunctionalInterface
public interface TypmodCoercion {
    /** The coercion of types without type modifiers: every value passes unchanged. */
    TypmodCoercion NONE = (value, typmod, explicitCast) -> value;

    /**
     * Coerces {@code value} to the type with modifier {@code typmod}.
     *
     * @param value a value the type's codec accepts; null (SQL NULL) is returned as is
     * @param typmod the target modifier; -1 (none) leaves the value unchanged
     * @param explicitCast true for an explicit cast ({@code CAST(x AS varchar(3))}, {@code x::bit(3)}), which
     *     may silently truncate or pad; false for implicit and assignment coercion (INSERT/UPDATE into a typed
     *     column), which raises an error instead where PostgreSQL does
     * @return the coerced value, of the codec's canonical Java type unless it was returned unchanged
     * @throws PgTypeException with PostgreSQL's SQLSTATE, message and DETAIL when the value does not fit
     */
    Object apply(Object value, int typmod, boolean explicitCast);
}

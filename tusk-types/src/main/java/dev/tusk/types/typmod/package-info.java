/**
 * Type modifiers applied to values and computed from their SQL spelling, one small class per type family:
 * PostgreSQL's length-coercion functions ({@code varchar()}, {@code bit()}, {@code numeric()},
 * {@code timestamp_scale()}, {@code interval_scale()} ...) and {@code *typmodin} functions.
 */
package dev.tusk.types.typmod;

package dev.tusk.types;

/** Renders a type's {@code format_type()} display name for a given non-negative typmod. */
@FunctionalInterface
public interface TypmodFormatter {
    /** The display name for {@code typmod} (which is {@code >= 0}). */
    String format(int typmod);
}

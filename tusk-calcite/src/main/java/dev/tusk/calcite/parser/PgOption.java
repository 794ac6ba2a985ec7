package dev.tusk.calcite.parser;

/**
 * One {@code name [= value]} of a WITH (...), SET (...), RESET (...) or VACUUM (...) list.
 *
 * @param name the option's name, lower-cased unless quoted, qualified as in {@code toast.fillfactor}
 * @param value its value as text, or null when none was given
 */
public record PgOption(String name, String value) {}

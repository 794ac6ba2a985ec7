package dev.tusk.calcite.parser;

/**
 * One {@code name [= value]} of a WITH (...), SET (...), RESET (...) or VACUUM (...) list.
 *
 * @param name the option's name, lower-cased unless quoted, qualified as in {@code toast.fillfactor}
 * @param value its value as text, or null when none was given
 * @param pos where its name is (errors about it point there), or null
 */
public record PgOption(String name, String value, org.apache.calcite.sql.parser.SqlParserPos pos) {
    /** An option without a position. */
    public PgOption(String name, String value) {
        this(name, value, null);
    }
}

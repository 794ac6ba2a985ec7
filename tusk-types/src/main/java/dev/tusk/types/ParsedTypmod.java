package dev.tusk.types;

import java.util.List;

/**
 * A type modifier computed from its SQL spelling's arguments by a {@code *typmodin} function, with the
 * WARNINGs it raised on the way (such as a precision reduced to the maximum allowed).
 *
 * @param typmod the {@code atttypmod} value, -1 for none
 * @param warnings what PostgreSQL would send as WARNING notices, in order; usually empty
 */
public record ParsedTypmod(int typmod, List<PgWarning> warnings) {
    /** No type modifier: -1, no warnings. */
    public static final ParsedTypmod NONE = new ParsedTypmod(-1, List.of());

    /** Copies the warnings. */
    public ParsedTypmod {
        warnings = List.copyOf(warnings);
    }

    /** A typmod without warnings. */
    public static ParsedTypmod of(int typmod) {
        return new ParsedTypmod(typmod, List.of());
    }
}

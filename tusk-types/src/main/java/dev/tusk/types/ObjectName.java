package dev.tusk.types;

import java.util.List;
import java.util.Objects;

/**
 * A name that an object-identifier type's input function asks a {@link CatalogNames} to resolve: already
 * split, unquoted and downcased as PostgreSQL does, with the database part of a three-part name checked and
 * removed, and the argument types of a function or operator signature already resolved to OIDs.
 *
 * @param schema the explicit schema, or null to search the session's search_path
 * @param name the object's name
 * @param argTypes for {@link RegKind#PROCEDURE} and {@link RegKind#OPERATOR}: the argument type OIDs (0 for an
 *     operator's {@code NONE}); empty otherwise
 * @param input the text the client sent, for error messages such as {@link RegKind#ambiguous(String)}
 */
public record ObjectName(String schema, String name, List<Long> argTypes, String input) {
    /** Checks and copies the components. */
    public ObjectName {
        Objects.requireNonNull(name, "name");
        argTypes = List.copyOf(argTypes);
        Objects.requireNonNull(input, "input");
    }

    /** A name without argument types. */
    public static ObjectName of(String schema, String name, String input) {
        return new ObjectName(schema, name, List.of(), input);
    }
}

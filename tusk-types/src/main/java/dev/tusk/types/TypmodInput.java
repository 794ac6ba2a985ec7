package dev.tusk.types;

import java.util.List;

/**
 * Computes a type modifier from the arguments written after a type name ({@code varchar(10)},
 * {@code numeric(10,2)}) as the type's {@code *typmodin} function does, with its errors and warnings.
 */
@FunctionalInterface
public interface TypmodInput {
    /**
     * The typmod for these arguments, each given as PostgreSQL hands it to {@code *typmodin}: the decimal
     * text of an integer constant, or the text of a string constant or identifier; a null element is an error
     * as in PostgreSQL.
     *
     * @throws PgTypeException with PostgreSQL's SQLSTATE and message for arguments the function rejects
     */
    ParsedTypmod parse(List<String> modifiers);
}

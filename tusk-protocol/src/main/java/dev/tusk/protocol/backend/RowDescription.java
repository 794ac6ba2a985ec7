package dev.tusk.protocol.backend;

import java.util.List;
import java.util.Objects;

/**
 * Describes the columns of the rows that follow.
 *
 * @param fields one entry per column
 */
public record RowDescription(List<Field> fields) implements BackendMessage {
    /** Copies the list. */
    public RowDescription {
        fields = List.copyOf(fields);
    }

    /**
     * One column of a RowDescription.
     *
     * @param name the column name
     * @param tableOid the table's OID, or 0
     * @param columnAttributeNumber the column's attribute number in the table, or 0
     * @param dataTypeOid the type OID
     * @param dataTypeSize {@code pg_type.typlen}; negative for variable-width types
     * @param typeModifier {@code pg_attribute.atttypmod}; -1 when none
     * @param formatCode 0 text, 1 binary (0 in a RowDescription answering a statement Describe)
     */
    public record Field(
            String name,
            int tableOid,
            short columnAttributeNumber,
            int dataTypeOid,
            short dataTypeSize,
            int typeModifier,
            short formatCode) {
        /** Checks the name. */
        public Field {
            Objects.requireNonNull(name, "name");
        }
    }
}

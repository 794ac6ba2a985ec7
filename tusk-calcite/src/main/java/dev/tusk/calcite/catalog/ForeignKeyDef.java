package dev.tusk.calcite.catalog;

/**
 * A FOREIGN KEY constraint (pg_constraint row with contype 'f'), owned by the referencing table.
 *
 * @param name the constraint name
 * @param oid the constraint's OID
 * @param columns the 0-based referencing column positions in the owning table
 * @param refTable the referenced table's OID
 * @param refColumns the 0-based referenced column positions, in the order of {@code columns}
 * @param refIndex the name of the referenced table's PRIMARY KEY or UNIQUE constraint whose columns these are
 * @param matchFull MATCH FULL (else MATCH SIMPLE)
 * @param onDelete pg_constraint.confdeltype: {@code a} no action, {@code r} restrict, {@code c} cascade, {@code n} set
 *     null, {@code d} set default
 * @param onUpdate pg_constraint.confupdtype, coded as {@code onDelete}
 */
public record ForeignKeyDef(
        String name,
        int oid,
        int[] columns,
        int refTable,
        int[] refColumns,
        String refIndex,
        boolean matchFull,
        char onDelete,
        char onUpdate) {

    /** Copies the arrays. */
    public ForeignKeyDef {
        columns = columns.clone();
        refColumns = refColumns.clone();
    }

    /** A copy with another name (RENAME CONSTRAINT). */
    public ForeignKeyDef withName(String newName) {
        return new ForeignKeyDef(newName, oid, columns, refTable, refColumns, refIndex, matchFull, onDelete, onUpdate);
    }

    /** A copy with other column positions (after the owning or the referenced table lost a column). */
    public ForeignKeyDef withColumns(int[] newColumns, int[] newRefColumns) {
        return new ForeignKeyDef(
                name, oid, newColumns, refTable, newRefColumns, refIndex, matchFull, onDelete, onUpdate);
    }

    /** A copy naming another referenced index (after the referenced unique constraint was renamed). */
    public ForeignKeyDef withRefIndex(String index) {
        return new ForeignKeyDef(name, oid, columns, refTable, refColumns, index, matchFull, onDelete, onUpdate);
    }
}

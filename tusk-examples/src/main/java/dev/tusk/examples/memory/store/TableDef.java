package dev.tusk.examples.memory.store;

import java.util.List;

/**
 * A table's definition: its name, a stable OID (reported in RowDescription), its columns and the
 * 0-based indexes of its primary-key columns (empty when it has none).
 */
public record TableDef(String name, int oid, List<ColumnDef> columns, List<Integer> primaryKey) {

    public TableDef {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** The index of the named column, or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The name of the primary-key constraint, as PostgreSQL names it: {@code <table>_pkey}. */
    public String primaryKeyName() {
        return name + "_pkey";
    }
}

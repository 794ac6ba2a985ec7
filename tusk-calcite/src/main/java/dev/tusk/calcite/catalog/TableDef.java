package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.StoredTable;
import java.util.List;

/**
 * A table (pg_class row) with its columns, constraints and storage.
 *
 * @param oid its OID
 * @param schema its schema's name
 * @param name its name
 * @param columns its columns in order
 * @param uniques its PRIMARY KEY and UNIQUE constraints
 * @param checks its CHECK constraints
 * @param data its rows
 * @param foreignKeys its FOREIGN KEY constraints (the ones it owns, as the referencing table)
 */
public record TableDef(
        int oid,
        String schema,
        String name,
        List<ColumnDef> columns,
        List<UniqueDef> uniques,
        List<CheckDef> checks,
        StoredTable data,
        List<ForeignKeyDef> foreignKeys) {

    /** Copies the lists. */
    public TableDef {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A table without foreign keys. */
    public TableDef(
            int oid,
            String schema,
            String name,
            List<ColumnDef> columns,
            List<UniqueDef> uniques,
            List<CheckDef> checks,
            StoredTable data) {
        this(oid, schema, name, columns, uniques, checks, data, List.of());
    }

    /** A copy with other foreign keys. */
    public TableDef withForeignKeys(List<ForeignKeyDef> fks) {
        return new TableDef(oid, schema, name, columns, uniques, checks, data, fks);
    }

    /** The PRIMARY KEY or UNIQUE constraint with this name, or null. */
    public UniqueDef unique(String constraintName) {
        for (UniqueDef u : uniques) {
            if (u.name().equals(constraintName)) {
                return u;
            }
        }
        return null;
    }

    /** The position (from 0) of the column with this name, or -1. */
    public int columnIndex(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    /** The column with this name, or null. */
    public ColumnDef column(String columnName) {
        for (ColumnDef c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    /** The primary key, or null. */
    public UniqueDef primaryKey() {
        for (UniqueDef u : uniques) {
            if (u.primary()) {
                return u;
            }
        }
        return null;
    }

    /** The name as PostgreSQL prints it in messages: qualified only outside public (callers decide). */
    public String qualifiedName() {
        return schema + "." + name;
    }
}

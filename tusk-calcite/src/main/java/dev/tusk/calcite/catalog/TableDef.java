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
 */
public record TableDef(
        int oid,
        String schema,
        String name,
        List<ColumnDef> columns,
        List<UniqueDef> uniques,
        List<CheckDef> checks,
        StoredTable data) {

    /** Copies the lists. */
    public TableDef {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
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

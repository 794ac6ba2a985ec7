package dev.tusk.examples.memory.store;

import java.util.List;
import java.util.Objects;

/**
 * One version of a table: its definition and its rows. Immutable once built: writers make a new version,
 * so a reader can stream a version while others change the table. Row arrays are never modified.
 */
public final class TableData {

    private final TableDef def;
    private final List<Object[]> rows;

    /** A version with these rows; the list is taken as is and must not be modified afterwards. */
    public TableData(TableDef def, List<Object[]> rows) {
        this.def = Objects.requireNonNull(def, "def");
        this.rows = java.util.Collections.unmodifiableList(rows);
    }

    /** The definition. */
    public TableDef def() {
        return def;
    }

    /** The rows, read-only. */
    public List<Object[]> rows() {
        return rows;
    }

    /** The same table with other rows. */
    public TableData withRows(List<Object[]> newRows) {
        return new TableData(def, newRows);
    }
}

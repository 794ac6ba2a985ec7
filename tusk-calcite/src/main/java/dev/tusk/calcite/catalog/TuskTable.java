package dev.tusk.calcite.catalog;

import dev.tusk.calcite.store.HashIndex;
import dev.tusk.calcite.store.RowCursor;
import dev.tusk.calcite.store.Snapshot;
import dev.tusk.calcite.type.CalciteTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A Tusk table as Calcite scans it: the rows the running statement's snapshot sees. The DML variant adds a
 * trailing column holding each row's handle, which UPDATE and DELETE plans read.
 */
public final class TuskTable extends AbstractTable implements ScannableTable, PgColumnTypes {
    /** The DataContext variable holding the running statement's {@link Snapshot}. */
    public static final String SNAPSHOT = "tusk.snapshot";

    /** The name of the row-handle column of the DML variant. */
    public static final String HANDLE_COLUMN = "tusk_row_handle";

    private final TableDef def;
    private final boolean withHandles;
    private final List<HashIndex> indexes;

    TuskTable(TableDef def, boolean withHandles, List<IndexDef> created) {
        this.def = def;
        this.withHandles = withHandles;
        List<HashIndex> all = new ArrayList<>();
        for (UniqueDef u : def.uniques()) {
            all.add(u.index());
        }
        for (IndexDef i : created) {
            all.add(i.index());
        }
        this.indexes = List.copyOf(all);
    }

    /** Whether rows carry a trailing row-handle column (the DML variant). */
    public boolean withHandles() {
        return withHandles;
    }

    /**
     * The indexes of this catalog version a plan may read through: constraint indexes first, then CREATE INDEX
     * ones. Only these, never the store's current list, which may hold another transaction's uncommitted index.
     */
    public List<HashIndex> indexes() {
        return indexes;
    }

    /** The table's definition. */
    public TableDef def() {
        return def;
    }

    @Override
    public int relationOid() {
        return def.oid();
    }

    @Override
    public dev.tusk.calcite.type.PgTypeRef columnType(int ordinal) {
        return ordinal < def.columns().size() ? def.columns().get(ordinal).type() : null;
    }

    @Override
    public int attnum(int ordinal) {
        return ordinal < def.columns().size() ? def.columns().get(ordinal).attnum() : 0;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        RelDataTypeFactory.Builder b = f.builder();
        for (ColumnDef c : def.columns()) {
            RelDataType t = CalciteTypes.toRelDataType(c.type(), f);
            b.add(c.name(), f.createTypeWithNullability(t, !c.notNull()));
        }
        if (withHandles) {
            b.add(HANDLE_COLUMN, f.createTypeWithNullability(f.createSqlType(SqlTypeName.ANY), false));
        }
        return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
        Snapshot snapshot = (Snapshot) root.get(SNAPSHOT);
        if (snapshot == null) {
            throw new IllegalStateException("no snapshot for a scan of " + def.qualifiedName());
        }
        if (def.data().isDropped()) {
            // planned before an ALTER TABLE or DROP TABLE that committed since (PostgreSQL re-plans, or fails thus)
            throw new dev.tusk.server.api.PgException(
                    dev.tusk.protocol.SqlState.FEATURE_NOT_SUPPORTED, "cached plan must not change result type");
        }
        int width = def.columns().size();
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                RowCursor cursor = def.data().scan(snapshot);
                return new Enumerator<>() {
                    private Object[] current;

                    @Override
                    public Object[] current() {
                        if (current == null) {
                            throw new NoSuchElementException();
                        }
                        return current;
                    }

                    @Override
                    public boolean moveNext() {
                        if (!cursor.next()) {
                            current = null;
                            return false;
                        }
                        Object[] row = cursor.row();
                        if (withHandles) {
                            Object[] r = new Object[width + 1];
                            System.arraycopy(row, 0, r, 0, width);
                            r[width] = cursor.handle();
                            current = r;
                        } else {
                            current = row;
                        }
                        return true;
                    }

                    @Override
                    public void reset() {
                        throw new UnsupportedOperationException("reset");
                    }

                    @Override
                    public void close() {}
                };
            }
        };
    }
}

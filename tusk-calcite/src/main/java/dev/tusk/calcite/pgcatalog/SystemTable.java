package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.catalog.CatalogState;
import dev.tusk.calcite.catalog.PgColumnTypes;
import dev.tusk.calcite.func.QueryContext;
import dev.tusk.calcite.type.CalciteTypes;
import dev.tusk.calcite.type.PgTypeRef;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A {@link SystemRelation} of one catalog version as Calcite scans it. Rows that depend only on the catalog version
 * are computed at the first scan and kept (the version is immutable); per-session rows are computed at every scan.
 */
public final class SystemTable extends AbstractTable implements ScannableTable, PgColumnTypes {
    private final SystemRelation relation;
    private final CatalogState state;
    private volatile List<Object[]> cached;

    SystemTable(SystemRelation relation, CatalogState state) {
        this.relation = relation;
        this.state = state;
    }

    /** The relation this table serves. */
    public SystemRelation relation() {
        return relation;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        RelDataTypeFactory.Builder b = f.builder();
        for (SystemColumn c : relation.columns()) {
            RelDataType t = CalciteTypes.toRelDataType(c.type(), f);
            b.add(c.name(), f.createTypeWithNullability(t, !c.notNull()));
        }
        return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
        if (relation.perSession()) {
            return Linq4j.asEnumerable(materialise(new CatalogSource(state, QueryContext.current())));
        }
        List<Object[]> rows = cached;
        if (rows == null) {
            rows = materialise(new CatalogSource(state, null));
            cached = rows;
        }
        return Linq4j.asEnumerable(rows);
    }

    private List<Object[]> materialise(CatalogSource source) {
        int width = relation.columns().size();
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : relation.rows(source)) {
            if (row.length != width) {
                throw new IllegalStateException(
                        relation.name() + " produced a row of " + row.length + " values for " + width + " columns");
            }
            out.add(row);
        }
        return List.copyOf(out);
    }

    @Override
    public int relationOid() {
        return relation.oid();
    }

    @Override
    public PgTypeRef columnType(int ordinal) {
        return relation.columns().get(ordinal).type();
    }

    @Override
    public int attnum(int ordinal) {
        return ordinal + 1;
    }
}

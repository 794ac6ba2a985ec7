package dev.tusk.calcite.catalog;

import dev.tusk.calcite.type.CalciteTypes;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A Tusk view as Calcite sees it: a table whose scan is replaced by its query, expanded by the planner's view
 * expander with the search_path the view was created under.
 */
public final class TuskView extends AbstractTable implements TranslatableTable {
    private final ViewDef def;

    TuskView(ViewDef def) {
        this.def = def;
    }

    /** The view's definition. */
    public ViewDef def() {
        return def;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        RelDataTypeFactory.Builder b = f.builder();
        for (ColumnDef c : def.columns()) {
            b.add(c.name(), f.createTypeWithNullability(CalciteTypes.toRelDataType(c.type(), f), true));
        }
        return b.build();
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable table) {
        return context.expandView(table.getRowType(), def.query(), def.searchPath(), List.of(def.schema(), def.name()))
                .rel;
    }
}

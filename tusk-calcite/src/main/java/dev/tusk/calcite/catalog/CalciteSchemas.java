package dev.tusk.calcite.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** Builds the Calcite schema tree for one catalog version. */
final class CalciteSchemas {
    private CalciteSchemas() {}

    static CalciteSchema build(CatalogState state) {
        CalciteSchema root = CalciteSchema.createRootSchema(false, false);
        Map<String, Table> dml = new LinkedHashMap<>();
        for (String schema : state.schemas().keySet()) {
            Map<String, Table> tables =
                    new LinkedHashMap<>(dev.tusk.calcite.pgcatalog.SystemCatalog.tables(schema, state));
            for (TableDef t : state.tables(schema).values()) {
                List<IndexDef> indexes = state.indexesOf(t.oid());
                tables.put(t.name(), new TuskTable(t, false, indexes));
                dml.put(schema + "." + t.name(), new TuskTable(t, true, indexes));
            }
            for (ViewDef v : state.views(schema).values()) {
                tables.put(v.name(), new TuskView(v));
            }
            root.add(schema, new FixedSchema(tables));
        }
        root.add(CatalogState.DML_SCHEMA, new FixedSchema(dml));
        return root;
    }

    /** A schema whose tables are fixed when it is built. */
    private static final class FixedSchema extends AbstractSchema {
        private final Map<String, Table> tables;

        FixedSchema(Map<String, Table> tables) {
            this.tables = Map.copyOf(tables);
        }

        @Override
        protected Map<String, Table> getTableMap() {
            return tables;
        }
    }
}

package dev.tusk.calcite.plan;

import java.util.List;
import java.util.function.Consumer;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Table;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/** Calcite's catalog reader searching several schemas in order, as PostgreSQL's search_path does. */
final class PgCatalogReader extends CalciteCatalogReader {
    private final Consumer<Table> used;

    PgCatalogReader(
            CalciteSchema root,
            List<List<String>> searchPath,
            RelDataTypeFactory types,
            CalciteConnectionConfig config,
            Consumer<Table> used) {
        super(root, SqlNameMatchers.withCaseSensitive(true), searchPath, types, config);
        this.used = used;
    }

    @Override
    public Prepare.PreparingTable getTable(List<String> names) {
        Prepare.PreparingTable table = super.getTable(names);
        if (table != null && used != null) {
            Table t = table.unwrap(Table.class);
            if (t != null) {
                used.accept(t);
            }
        }
        return table;
    }
}

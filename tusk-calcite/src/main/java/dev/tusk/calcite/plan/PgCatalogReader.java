package dev.tusk.calcite.plan;

import java.util.List;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/** Calcite's catalog reader searching several schemas in order, as PostgreSQL's search_path does. */
final class PgCatalogReader extends CalciteCatalogReader {
    PgCatalogReader(
            CalciteSchema root,
            List<List<String>> searchPath,
            RelDataTypeFactory types,
            CalciteConnectionConfig config) {
        super(root, SqlNameMatchers.withCaseSensitive(true), searchPath, types, config);
    }
}

package dev.tusk.calcite.pgcatalog;

import dev.tusk.calcite.catalog.CatalogState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;

/** The registry of system relations: every pg_catalog and information_schema relation Tusk provides. */
public final class SystemCatalog {
    private SystemCatalog() {}

    /** Every system relation, one instance each (they are stateless). Add new relations here. */
    private static final List<SystemRelation> RELATIONS =
            List.of(new PgNamespaceTable(), new PgClassTable(), new PgAttributeTable());

    /** Every system relation. */
    public static List<SystemRelation> relations() {
        return RELATIONS;
    }

    /** The Calcite tables of one schema ({@code pg_catalog} or {@code information_schema}) for a catalog version. */
    public static Map<String, Table> tables(String schema, CatalogState state) {
        Map<String, Table> out = new LinkedHashMap<>();
        for (SystemRelation r : RELATIONS) {
            if (r.schema().equals(schema)) {
                out.put(r.name(), new SystemTable(r, state));
            }
        }
        return out;
    }
}

package dev.tusk.calcite.catalog;

import java.util.List;

/**
 * A view (pg_class row of relkind 'v' with its pg_rewrite query): Calcite expands its query wherever it is used.
 *
 * @param oid its OID
 * @param schema its schema's name
 * @param name its name
 * @param columns its columns, named and typed when it was created (never NOT NULL, no defaults)
 * @param query the text of its query, as the client wrote it (pg_get_viewdef shows it)
 * @param searchPath the schemas its query's names resolved in when it was created
 * @param dependsOn the OIDs of the tables and views its query reads (pg_depend rows of type 'n')
 */
public record ViewDef(
        int oid,
        String schema,
        String name,
        List<ColumnDef> columns,
        String query,
        List<String> searchPath,
        List<Integer> dependsOn) {

    /** Copies the lists. */
    public ViewDef {
        columns = List.copyOf(columns);
        searchPath = List.copyOf(searchPath);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A copy in another schema (ALTER SCHEMA RENAME). */
    public ViewDef inSchema(String newSchema) {
        return new ViewDef(oid, newSchema, name, columns, query, searchPath, dependsOn);
    }
}

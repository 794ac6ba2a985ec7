package dev.tusk.calcite.plan;

import dev.tusk.calcite.type.PgTypeRef;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.Bindable;

/**
 * A query ready to run: Calcite's generated code, the PostgreSQL types of its parameters and of its result
 * columns, and the Calcite row type the generated code produces.
 *
 * @param bindable the generated code
 * @param rowType the Calcite type of each result row
 * @param parameterTypes the PostgreSQL type of each parameter ($1 first)
 * @param columns the result columns, named and typed as PostgreSQL would
 * @param internals the objects the generated code reads from its DataContext by name (Calcite's stash);
 *     every DataContext the code is bound to must hold them
 * @param indexLookups the names of the indexes the plan reads through (for tests and EXPLAIN)
 * @param plan Calcite's optimised plan as text, one operator a line (what EXPLAIN shows), or null
 */
public record CompiledQuery(
        Bindable<Object> bindable,
        RelDataType rowType,
        List<PgTypeRef> parameterTypes,
        List<ResultColumn> columns,
        Map<String, Object> internals,
        List<String> indexLookups,
        String plan) {

    /** Copies the collections. */
    public CompiledQuery {
        parameterTypes = List.copyOf(parameterTypes);
        columns = List.copyOf(columns);
        internals = Map.copyOf(internals);
        indexLookups = List.copyOf(indexLookups);
    }

    /** The DataContext variables of one execution: the internals plus the snapshot. */
    public Map<String, Object> variables(Object snapshot) {
        if (internals.isEmpty()) {
            return Map.of(dev.tusk.calcite.catalog.TuskTable.SNAPSHOT, snapshot);
        }
        Map<String, Object> out = new java.util.HashMap<>(internals);
        out.put(dev.tusk.calcite.catalog.TuskTable.SNAPSHOT, snapshot);
        return out;
    }

    /**
     * One result column.
     *
     * @param name its name in RowDescription
     * @param type its PostgreSQL type
     * @param tableOid the table it comes from, or 0
     * @param columnNumber its attribute number there, or 0
     */
    public record ResultColumn(String name, PgTypeRef type, int tableOid, short columnNumber) {}
}

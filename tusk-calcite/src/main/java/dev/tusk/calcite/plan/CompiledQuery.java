package dev.tusk.calcite.plan;

import dev.tusk.calcite.type.PgTypeRef;
import java.util.List;
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
 * @param plan Calcite's optimised plan as text, one operator a line (what EXPLAIN shows), or null
 */
public record CompiledQuery(
        Bindable<Object> bindable,
        RelDataType rowType,
        List<PgTypeRef> parameterTypes,
        List<ResultColumn> columns,
        String plan) {

    /** A query without a plan text. */
    public CompiledQuery(
            Bindable<Object> bindable,
            RelDataType rowType,
            List<PgTypeRef> parameterTypes,
            List<ResultColumn> columns) {
        this(bindable, rowType, parameterTypes, columns, null);
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

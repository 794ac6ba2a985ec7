package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The ON CONFLICT clause of INSERT.
 *
 * @param pos where it starts
 * @param target the conflict target columns, or null
 * @param constraint the constraint named by ON CONSTRAINT, or null
 * @param targetWhere the index predicate of the target, or null
 * @param update DO UPDATE (true) or DO NOTHING (false)
 * @param targetColumns the columns DO UPDATE SET assigns
 * @param values the values assigned, in the same order
 * @param where the DO UPDATE condition, or null
 */
public record PgOnConflict(
        SqlParserPos pos,
        SqlNodeList target,
        String constraint,
        SqlNode targetWhere,
        boolean update,
        SqlNodeList targetColumns,
        SqlNodeList values,
        SqlNode where) {

    /** The expressions inside, for visitors. */
    public List<SqlNode> operands() {
        return PgStatement.operands(targetWhere, values, where);
    }
}

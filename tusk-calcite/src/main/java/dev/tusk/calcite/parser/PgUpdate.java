package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** UPDATE with FROM and RETURNING. */
public final class PgUpdate extends PgStatement {
    /** The parsed table. */
    public final SqlIdentifier table;
    /** The parsed alias. */
    public final SqlIdentifier alias;
    /** The parsed targetColumns. */
    public final SqlNodeList targetColumns;
    /** The parsed values. */
    public final SqlNodeList values;
    /** The parsed from. */
    public final SqlNode from;
    /** The parsed where. */
    public final SqlNode where;
    /** The parsed returning. */
    public final SqlNodeList returning;

    /** Creates the node. */
    public PgUpdate(
            SqlParserPos pos,
            SqlIdentifier table,
            SqlIdentifier alias,
            SqlNodeList targetColumns,
            SqlNodeList values,
            SqlNode from,
            SqlNode where,
            SqlNodeList returning) {
        super(pos, "UPDATE");
        this.table = table;
        this.alias = alias;
        this.targetColumns = targetColumns;
        this.values = values;
        this.from = from;
        this.where = where;
        this.returning = returning;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(values, from, where, returning);
    }
}

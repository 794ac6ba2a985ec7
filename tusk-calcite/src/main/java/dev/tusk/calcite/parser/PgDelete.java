package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** DELETE with USING and RETURNING. */
public final class PgDelete extends PgStatement {
    /** The parsed table. */
    public final SqlIdentifier table;
    /** The parsed alias. */
    public final SqlIdentifier alias;
    /** The parsed using. */
    public final SqlNode using;
    /** The parsed where. */
    public final SqlNode where;
    /** The parsed returning. */
    public final SqlNodeList returning;

    /** Creates the node. */
    public PgDelete(
            SqlParserPos pos,
            SqlIdentifier table,
            SqlIdentifier alias,
            SqlNode using,
            SqlNode where,
            SqlNodeList returning) {
        super(pos, "DELETE");
        this.table = table;
        this.alias = alias;
        this.using = using;
        this.where = where;
        this.returning = returning;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(using, where, returning);
    }
}

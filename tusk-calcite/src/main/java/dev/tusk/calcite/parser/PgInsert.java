package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** INSERT with PostgreSQL's column list, DEFAULT VALUES, ON CONFLICT and RETURNING; a null source means DEFAULT VALUES. */
public final class PgInsert extends PgStatement {
    /** The parsed table. */
    public final SqlIdentifier table;
    /** The parsed alias. */
    public final SqlIdentifier alias;
    /** The parsed columns. */
    public final SqlNodeList columns;
    /** The parsed source. */
    public final SqlNode source;
    /** The parsed onConflict. */
    public final PgOnConflict onConflict;
    /** The parsed returning. */
    public final SqlNodeList returning;

    /** Creates the node. */
    public PgInsert(
            SqlParserPos pos,
            SqlIdentifier table,
            SqlIdentifier alias,
            SqlNodeList columns,
            SqlNode source,
            PgOnConflict onConflict,
            SqlNodeList returning) {
        super(pos, "INSERT");
        this.table = table;
        this.alias = alias;
        this.columns = columns;
        this.source = source;
        this.onConflict = onConflict;
        this.returning = returning;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(source, onConflict == null ? null : onConflict.operands(), returning);
    }
}

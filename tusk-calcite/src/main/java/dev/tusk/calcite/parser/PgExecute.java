package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** EXECUTE name [(arguments)]. */
public final class PgExecute extends PgStatement {
    /** The parsed name. */
    public final String name;
    /** The parsed arguments. */
    public final SqlNodeList arguments;

    /** Creates the node. */
    public PgExecute(SqlParserPos pos, String name, SqlNodeList arguments) {
        super(pos, "EXECUTE");
        this.name = name;
        this.arguments = arguments;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(arguments);
    }
}

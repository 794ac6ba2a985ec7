package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** DECLARE name CURSOR FOR query. */
public final class PgDeclareCursor extends PgStatement {
    /** The parsed name. */
    public final String name;
    /** The parsed binary. */
    public final boolean binary;
    /** The parsed scroll. */
    public final Boolean scroll;
    /** The parsed hold. */
    public final boolean hold;
    /** The parsed query. */
    public final SqlNode query;

    /** Creates the node. */
    public PgDeclareCursor(SqlParserPos pos, String name, boolean binary, Boolean scroll, boolean hold, SqlNode query) {
        super(pos, "DECLARE CURSOR");
        this.name = name;
        this.binary = binary;
        this.scroll = scroll;
        this.hold = hold;
        this.query = query;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(query);
    }
}

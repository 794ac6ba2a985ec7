package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** SET [LOCAL] name TO value; a null value means DEFAULT. */
public final class PgSetStatement extends PgStatement {
    /** The parsed local. */
    public final boolean local;
    /** The parsed name. */
    public final String name;
    /** The parsed values. */
    public final List<SqlNode> values;

    /** Creates the node. */
    public PgSetStatement(SqlParserPos pos, boolean local, String name, List<SqlNode> values) {
        super(pos, "SET");
        this.local = local;
        this.name = name;
        this.values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}

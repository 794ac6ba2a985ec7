package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** CREATE [OR REPLACE] [TEMP] VIEW name [(columns)] AS query. */
public final class PgCreateView extends PgStatement {
    /** The parsed replace. */
    public final boolean replace;
    /** The parsed temporary. */
    public final boolean temporary;
    /** The parsed name. */
    public final SqlIdentifier name;
    /** The parsed columns. */
    public final SqlNodeList columns;
    /** The parsed query. */
    public final SqlNode query;
    /** Where the AS before the query is (the query's text follows it), or null. */
    public final SqlParserPos as;

    /** Creates the node. */
    public PgCreateView(
            SqlParserPos pos,
            boolean replace,
            boolean temporary,
            SqlIdentifier name,
            SqlNodeList columns,
            SqlNode query) {
        this(pos, replace, temporary, name, columns, query, null);
    }

    /** Creates the node, knowing where the query's text starts. */
    public PgCreateView(
            SqlParserPos pos,
            boolean replace,
            boolean temporary,
            SqlIdentifier name,
            SqlNodeList columns,
            SqlNode query,
            SqlParserPos as) {
        super(pos, "CREATE VIEW");
        this.as = as;
        this.replace = replace;
        this.temporary = temporary;
        this.name = name;
        this.columns = columns;
        this.query = query;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(query);
    }
}

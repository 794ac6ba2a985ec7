package dev.tusk.calcite.parser;

import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** COPY table [(columns)] FROM STDIN | TO STDOUT, or COPY (query) TO STDOUT, with its options. */
public final class PgCopy extends PgStatement {
    /** The parsed table. */
    public final SqlIdentifier table;
    /** The parsed columns. */
    public final SqlNodeList columns;
    /** The parsed query. */
    public final SqlNode query;
    /** The parsed from. */
    public final boolean from;
    /** The parsed options. */
    public final Map<String, String> options;

    /** Creates the node. */
    public PgCopy(
            SqlParserPos pos,
            SqlIdentifier table,
            SqlNodeList columns,
            SqlNode query,
            boolean from,
            Map<String, String> options) {
        super(pos, "COPY");
        this.table = table;
        this.columns = columns;
        this.query = query;
        this.from = from;
        this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(query);
    }
}

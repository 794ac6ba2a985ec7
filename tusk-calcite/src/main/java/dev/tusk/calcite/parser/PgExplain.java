package dev.tusk.calcite.parser;

import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** EXPLAIN [ANALYZE] [VERBOSE] [(options)] statement. */
public final class PgExplain extends PgStatement {
    /** The parsed options. */
    public final Map<String, String> options;
    /** The parsed statement. */
    public final SqlNode statement;

    /** Creates the node. */
    public PgExplain(SqlParserPos pos, Map<String, String> options, SqlNode statement) {
        super(pos, "EXPLAIN");
        this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        this.statement = statement;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(statement);
    }
}

package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** PREPARE name [(types)] AS statement. */
public final class PgPrepare extends PgStatement {
    /** The parsed name. */
    public final String name;
    /** The parsed types. */
    public final List<SqlDataTypeSpec> types;
    /** The parsed statement. */
    public final SqlNode statement;

    /** Creates the node. */
    public PgPrepare(SqlParserPos pos, String name, List<SqlDataTypeSpec> types, SqlNode statement) {
        super(pos, "PREPARE");
        this.name = name;
        this.types = List.copyOf(types);
        this.statement = statement;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(statement);
    }
}

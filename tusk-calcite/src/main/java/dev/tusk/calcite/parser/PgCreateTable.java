package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** CREATE [TEMP] TABLE with columns, constraints, or AS query. */
public final class PgCreateTable extends PgStatement {
    /** The parsed temporary. */
    public final boolean temporary;
    /** The parsed ifNotExists. */
    public final boolean ifNotExists;
    /** The parsed name. */
    public final SqlIdentifier name;
    /** The parsed columns. */
    public final List<PgColumnDef> columns;
    /** The parsed constraints. */
    public final List<PgConstraintDef> constraints;
    /** The parsed query. */
    public final SqlNode query;
    /** The storage parameters of WITH (...), in the order given. */
    public final List<PgOption> options;

    /** Creates the node. */
    public PgCreateTable(
            SqlParserPos pos,
            boolean temporary,
            boolean ifNotExists,
            SqlIdentifier name,
            List<PgColumnDef> columns,
            List<PgConstraintDef> constraints,
            SqlNode query) {
        this(pos, temporary, ifNotExists, name, columns, constraints, query, List.of());
    }

    /** Creates the node with storage parameters. */
    public PgCreateTable(
            SqlParserPos pos,
            boolean temporary,
            boolean ifNotExists,
            SqlIdentifier name,
            List<PgColumnDef> columns,
            List<PgConstraintDef> constraints,
            SqlNode query,
            List<PgOption> options) {
        super(pos, tagOf(query));
        this.options = List.copyOf(options);
        this.temporary = temporary;
        this.ifNotExists = ifNotExists;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.constraints = List.copyOf(constraints);
        this.query = query;
    }

    private static String tagOf(SqlNode query) {
        return query == null ? "CREATE TABLE" : "CREATE TABLE AS";
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(query);
    }
}

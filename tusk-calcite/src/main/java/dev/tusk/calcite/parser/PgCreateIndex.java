package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** CREATE [UNIQUE] INDEX [name] ON table [USING method] (keys) [WHERE predicate]. */
public final class PgCreateIndex extends PgStatement {
    /** The parsed unique. */
    public final boolean unique;
    /** The parsed ifNotExists. */
    public final boolean ifNotExists;
    /** The parsed name. */
    public final String name;
    /** The parsed table. */
    public final SqlIdentifier table;
    /** The parsed method. */
    public final String method;
    /** The parsed keys. */
    public final List<SqlNode> keys;
    /** The parsed where. */
    public final SqlNode where;
    /** CREATE INDEX CONCURRENTLY (refused inside a transaction block, as in PostgreSQL). */
    public final boolean concurrently;

    /** Creates the node. */
    public PgCreateIndex(
            SqlParserPos pos,
            boolean unique,
            boolean ifNotExists,
            String name,
            SqlIdentifier table,
            String method,
            List<SqlNode> keys,
            SqlNode where,
            boolean concurrently) {
        super(pos, "CREATE INDEX");
        this.concurrently = concurrently;
        this.unique = unique;
        this.ifNotExists = ifNotExists;
        this.name = name;
        this.table = table;
        this.method = method;
        this.keys = List.copyOf(keys);
        this.where = where;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return operands(keys, where);
    }
}

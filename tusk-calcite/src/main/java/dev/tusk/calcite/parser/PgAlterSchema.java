package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** ALTER SCHEMA name RENAME TO new | OWNER TO role. */
public final class PgAlterSchema extends PgStatement {
    /** The schema altered. */
    public final String name;
    /** The new name, or null. */
    public final String newName;
    /** The new owner, or null. */
    public final String owner;

    /** Creates the node. */
    public PgAlterSchema(SqlParserPos pos, String name, String newName, String owner) {
        super(pos, "ALTER SCHEMA");
        this.name = name;
        this.newName = newName;
        this.owner = owner;
    }
}

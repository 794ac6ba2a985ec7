package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]. */
public final class PgCreateSchema extends PgStatement {
    /** The parsed ifNotExists. */
    public final boolean ifNotExists;
    /** The parsed name. */
    public final String name;
    /** The parsed owner. */
    public final String owner;

    /** Creates the node. */
    public PgCreateSchema(SqlParserPos pos, boolean ifNotExists, String name, String owner) {
        super(pos, "CREATE SCHEMA");
        this.ifNotExists = ifNotExists;
        this.name = name;
        this.owner = owner;
    }
}

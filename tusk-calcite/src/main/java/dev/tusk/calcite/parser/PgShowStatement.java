package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** SHOW name, or SHOW ALL when the name is null. */
public final class PgShowStatement extends PgStatement {
    /** The parsed name. */
    public final String name;

    /** Creates the node. */
    public PgShowStatement(SqlParserPos pos, String name) {
        super(pos, "SHOW");
        this.name = name;
    }
}

package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** RESET name, or RESET ALL when the name is null. */
public final class PgResetStatement extends PgStatement {
    /** The parsed name. */
    public final String name;

    /** Creates the node. */
    public PgResetStatement(SqlParserPos pos, String name) {
        super(pos, "RESET");
        this.name = name;
    }
}

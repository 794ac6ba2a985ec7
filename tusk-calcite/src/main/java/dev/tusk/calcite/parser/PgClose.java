package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** CLOSE name, or CLOSE ALL when the name is null. */
public final class PgClose extends PgStatement {
    /** The parsed name. */
    public final String name;

    /** Creates the node. */
    public PgClose(SqlParserPos pos, String name) {
        super(pos, tagOf(name));
        this.name = name;
    }

    private static String tagOf(String name) {
        return name == null ? "CLOSE CURSOR ALL" : "CLOSE CURSOR";
    }
}

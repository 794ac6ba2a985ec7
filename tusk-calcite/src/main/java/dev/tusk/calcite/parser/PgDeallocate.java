package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** DEALLOCATE name, or DEALLOCATE ALL when the name is null. */
public final class PgDeallocate extends PgStatement {
    /** The parsed name. */
    public final String name;

    /** Creates the node. */
    public PgDeallocate(SqlParserPos pos, String name) {
        super(pos, tagOf(name));
        this.name = name;
    }

    private static String tagOf(String name) {
        return name == null ? "DEALLOCATE ALL" : "DEALLOCATE";
    }
}

package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** DISCARD ALL, PLANS, SEQUENCES or TEMP. */
public final class PgDiscardStatement extends PgStatement {
    /** What DISCARD discards. */
    public enum Target {
        /** Everything. */
        ALL,
        /** Cached plans. */
        PLANS,
        /** Sequence state (currval). */
        SEQUENCES,
        /** Temporary tables. */
        TEMP
    }

    /** The parsed target. */
    public final Target target;

    /** Creates the node. */
    public PgDiscardStatement(SqlParserPos pos, Target target) {
        super(pos, "DISCARD");
        this.target = target;
    }
}

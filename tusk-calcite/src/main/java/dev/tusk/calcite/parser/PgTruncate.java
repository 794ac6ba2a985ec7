package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** TRUNCATE tables [RESTART IDENTITY] [CASCADE]. */
public final class PgTruncate extends PgStatement {
    /** The parsed names. */
    public final List<SqlIdentifier> names;
    /** The parsed restartIdentity. */
    public final boolean restartIdentity;
    /** The parsed cascade. */
    public final boolean cascade;

    /** Creates the node. */
    public PgTruncate(SqlParserPos pos, List<SqlIdentifier> names, boolean restartIdentity, boolean cascade) {
        super(pos, "TRUNCATE TABLE");
        this.names = List.copyOf(names);
        this.restartIdentity = restartIdentity;
        this.cascade = cascade;
    }
}

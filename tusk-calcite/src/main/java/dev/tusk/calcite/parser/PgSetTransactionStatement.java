package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/** SET TRANSACTION and SET SESSION CHARACTERISTICS AS TRANSACTION. */
public final class PgSetTransactionStatement extends PgStatement {
    /** The parsed sessionCharacteristics. */
    public final boolean sessionCharacteristics;
    /** The parsed modes. */
    public final List<PgTransactionStatement.Mode> modes;

    /** Creates the node. */
    public PgSetTransactionStatement(
            SqlParserPos pos, boolean sessionCharacteristics, List<PgTransactionStatement.Mode> modes) {
        super(pos, "SET");
        this.sessionCharacteristics = sessionCharacteristics;
        this.modes = List.copyOf(modes);
    }
}

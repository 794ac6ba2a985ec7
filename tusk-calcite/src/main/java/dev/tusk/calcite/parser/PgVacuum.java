package dev.tusk.calcite.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/** VACUUM or ANALYZE with their options and the tables (and columns) they name. */
public final class PgVacuum extends PgStatement {
    /** True for VACUUM, false for ANALYZE. */
    public final boolean vacuum;
    /** The options, in the order given (FULL, ANALYZE, VERBOSE ... or the parenthesized list). */
    public final List<PgOption> options;
    /** The tables named; empty for all tables. */
    public final List<SqlIdentifier> tables;
    /** For each table its column list, or null. */
    public final List<SqlNodeList> columns;

    /** Creates the node. */
    public PgVacuum(
            SqlParserPos pos,
            boolean vacuum,
            List<PgOption> options,
            List<SqlIdentifier> tables,
            List<SqlNodeList> columns) {
        super(pos, vacuum ? "VACUUM" : "ANALYZE");
        this.vacuum = vacuum;
        this.options = List.copyOf(options);
        this.tables = List.copyOf(tables);
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }
}

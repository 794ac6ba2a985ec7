package dev.tusk.calcite.parser;

import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** CREATE SEQUENCE with its options (see PgSequenceOptions in the grammar). */
public final class PgCreateSequence extends PgStatement {
    /** The parsed temporary. */
    public final boolean temporary;
    /** The parsed ifNotExists. */
    public final boolean ifNotExists;
    /** The parsed name. */
    public final SqlIdentifier name;
    /** The parsed options. */
    public final Map<String, Long> options;

    /** Creates the node. */
    public PgCreateSequence(
            SqlParserPos pos, boolean temporary, boolean ifNotExists, SqlIdentifier name, Map<String, Long> options) {
        super(pos, "CREATE SEQUENCE");
        this.temporary = temporary;
        this.ifNotExists = ifNotExists;
        this.name = name;
        this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}

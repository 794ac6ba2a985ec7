package dev.tusk.calcite.parser;

import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** ALTER SEQUENCE with its options. */
public final class PgAlterSequence extends PgStatement {
    /** The parsed ifExists. */
    public final boolean ifExists;
    /** The parsed name. */
    public final SqlIdentifier name;
    /** The parsed options. */
    public final Map<String, Long> options;

    /** Creates the node. */
    public PgAlterSequence(SqlParserPos pos, boolean ifExists, SqlIdentifier name, Map<String, Long> options) {
        super(pos, "ALTER SEQUENCE");
        this.ifExists = ifExists;
        this.name = name;
        this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}

package dev.tusk.calcite.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** DROP TABLE, VIEW, SCHEMA, SEQUENCE, INDEX, ... [IF EXISTS] names [CASCADE]. */
public final class PgDrop extends PgStatement {
    /** What is dropped. */
    public enum Kind {
        /** DROP TABLE. */
        TABLE("TABLE"),
        /** DROP VIEW. */
        VIEW("VIEW"),
        /** DROP MATERIALIZED VIEW. */
        MATERIALIZED_VIEW("MATERIALIZED VIEW"),
        /** DROP SCHEMA. */
        SCHEMA("SCHEMA"),
        /** DROP SEQUENCE. */
        SEQUENCE("SEQUENCE"),
        /** DROP INDEX. */
        INDEX("INDEX"),
        /** DROP TYPE. */
        TYPE("TYPE"),
        /** DROP FUNCTION. */
        FUNCTION("FUNCTION"),
        /** DROP EXTENSION. */
        EXTENSION("EXTENSION");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** The object type as SQL spells it. */
        public String sql() {
            return sql;
        }
    }

    /** The parsed kind. */
    public final Kind kind;
    /** The parsed ifExists. */
    public final boolean ifExists;
    /** The parsed names. */
    public final List<SqlIdentifier> names;
    /** The parsed cascade. */
    public final boolean cascade;

    /** Creates the node. */
    public PgDrop(SqlParserPos pos, Kind kind, boolean ifExists, List<SqlIdentifier> names, boolean cascade) {
        super(pos, tagOf(kind));
        this.kind = kind;
        this.ifExists = ifExists;
        this.names = List.copyOf(names);
        this.cascade = cascade;
    }

    private static String tagOf(Kind kind) {
        return "DROP " + kind.sql();
    }
}

package dev.tusk.calcite.parser;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** COMMENT ON object IS 'text' (a null text removes the comment). */
public final class PgComment extends PgStatement {
    /** What is commented on. */
    public enum Kind {
        /** A table. */
        TABLE,
        /** A column (table.column). */
        COLUMN,
        /** A view. */
        VIEW,
        /** A schema. */
        SCHEMA,
        /** A sequence. */
        SEQUENCE,
        /** An index. */
        INDEX,
        /** A table constraint. */
        CONSTRAINT
    }

    /** The parsed kind. */
    public final Kind kind;
    /** The parsed name. */
    public final SqlIdentifier name;
    /** The parsed table. */
    public final SqlIdentifier table;
    /** The parsed text. */
    public final String text;

    /** Creates the node. */
    public PgComment(SqlParserPos pos, Kind kind, SqlIdentifier name, SqlIdentifier table, String text) {
        super(pos, "COMMENT");
        this.kind = kind;
        this.name = name;
        this.table = table;
        this.text = text;
    }
}

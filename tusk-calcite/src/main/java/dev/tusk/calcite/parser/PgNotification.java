package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** LISTEN, UNLISTEN (a null channel means *) and NOTIFY. */
public final class PgNotification extends PgStatement {
    /** Which command. */
    public enum Kind {
        /** LISTEN channel. */
        LISTEN,
        /** UNLISTEN channel or *. */
        UNLISTEN,
        /** NOTIFY channel [, payload]. */
        NOTIFY
    }

    /** The parsed kind. */
    public final Kind kind;
    /** The parsed channel. */
    public final String channel;
    /** The parsed payload. */
    public final String payload;

    /** Creates the node. */
    public PgNotification(SqlParserPos pos, Kind kind, String channel, String payload) {
        super(pos, tagOf(kind));
        this.kind = kind;
        this.channel = channel;
        this.payload = payload;
    }

    private static String tagOf(Kind kind) {
        return kind.name();
    }
}

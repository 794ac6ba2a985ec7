package dev.tusk.calcite.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** FETCH or MOVE; a count of Long.MAX_VALUE means ALL. */
public final class PgFetch extends PgStatement {
    /** How FETCH moves. */
    public enum Direction {
        /** NEXT, FORWARD [n], n, ALL. */
        FORWARD,
        /** PRIOR, BACKWARD [n]. */
        BACKWARD,
        /** FIRST, LAST, ABSOLUTE n (LAST is -1). */
        ABSOLUTE,
        /** RELATIVE n. */
        RELATIVE
    }

    /** The parsed move. */
    public final boolean move;
    /** The parsed direction. */
    public final Direction direction;
    /** The parsed count. */
    public final long count;
    /** The parsed cursor. */
    public final String cursor;

    /** Creates the node. */
    public PgFetch(SqlParserPos pos, boolean move, Direction direction, long count, String cursor) {
        super(pos, tagOf(move));
        this.move = move;
        this.direction = direction;
        this.count = count;
        this.cursor = cursor;
    }

    private static String tagOf(boolean move) {
        return move ? "MOVE" : "FETCH";
    }
}

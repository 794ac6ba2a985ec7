package dev.tusk.calcite.exec;

import dev.tusk.server.api.PgException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A PostgreSQL error raised where the statement's text is not at hand, with the parse position it points at; the
 * session turns the position into PostgreSQL's character offset (the {@code LINE 1: ... ^} clients show).
 */
public final class PositionedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PgException error;
    private final transient SqlParserPos pos;

    /** Wraps {@code error}, which points at {@code pos}. */
    public PositionedError(PgException error, SqlParserPos pos) {
        super(error.getMessage(), error, false, false);
        this.error = error;
        this.pos = pos;
    }

    /** The error. */
    public PgException error() {
        return error;
    }

    /** Where it points. */
    public SqlParserPos pos() {
        return pos;
    }
}

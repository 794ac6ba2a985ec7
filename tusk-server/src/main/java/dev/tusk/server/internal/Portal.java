package dev.tusk.server.internal;

import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.internal.encode.RowEncoder;
import dev.tusk.types.FormatSettings;

/**
 * A portal of the extended protocol: a statement bound to parameters and result formats, and once executed,
 * its open row stream, so that an Execute with a row limit can be resumed by the next Execute.
 */
final class Portal {
    /** Where a portal is in its life. */
    enum State {
        /** Bound, not yet executed. */
        NEW,
        /** Rows were produced and more may follow (suspended by a row limit). */
        OPEN,
        /** All rows were sent; executing again sends the tag with 0 rows. */
        EXHAUSTED,
        /** A statement without rows ran; it cannot run again. */
        DONE
    }

    final String name;
    final StatementEntry statement;
    final Parameters parameters;
    final short[] resultFormatCodes;
    final StatementExecution execution;
    State state = State.NEW;
    QueryResult.Rows rows;
    String tagPrefix;
    boolean counted = true;
    java.util.List<dev.tusk.server.api.Column> columns;
    /** The encoder made at Bind (it validated the result formats), reused by every Execute while it fits. */
    RowEncoder encoder;
    /** The settings {@link #encoder} was made with. */
    FormatSettings encoderSettings;
    /** The columns {@link #encoder} was made for. */
    java.util.List<dev.tusk.server.api.Column> encoderColumns;

    private boolean released;

    Portal(
            String name,
            StatementEntry statement,
            Parameters parameters,
            short[] resultFormatCodes,
            StatementExecution execution) {
        this.name = name;
        this.statement = statement;
        this.parameters = parameters;
        this.resultFormatCodes = resultFormatCodes;
        this.execution = execution;
        statement.portalOpened();
    }

    /** Closes the row stream, if any, and releases the statement. */
    void close() {
        if (released) {
            return;
        }
        released = true;
        if (rows != null) {
            SessionResources.closeQuietly(rows.rows());
            rows = null;
        }
        state = State.DONE;
        statement.portalClosed();
    }

    /** Closes the row stream once all rows were sent. */
    void closeRows() {
        if (rows != null) {
            SessionResources.closeQuietly(rows.rows());
            rows = null;
        }
    }
}

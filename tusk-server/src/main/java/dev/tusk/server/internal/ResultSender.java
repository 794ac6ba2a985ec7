package dev.tusk.server.internal;

import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.CopyDone;
import dev.tusk.protocol.backend.CopyOutResponse;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.RowStream;
import dev.tusk.server.internal.copy.CopyOutWriter;
import dev.tusk.server.internal.encode.RowEncoder;

/**
 * Streams results to the client as fast as it reads: DataRows pulled one at a time from a {@link RowStream}
 * and encoded into the outbound buffer (blocking on a slow client), and COPY TO STDOUT.
 */
final class ResultSender {
    /** How a row stream ended: the rows sent, and whether the stream is exhausted (or hit the row limit). */
    record Outcome(long rows, boolean exhausted) {}

    private final QueryDispatcher dispatcher;
    private final Session session;
    private final Outbound outbound;

    ResultSender(QueryDispatcher dispatcher, Session session, Outbound outbound) {
        this.dispatcher = dispatcher;
        this.session = session;
        this.outbound = outbound;
    }

    /** Writes a RowDescription. */
    void describe(RowEncoder encoder) {
        dispatcher.drainNotices();
        encoder.writeRowDescription(outbound.buffer());
    }

    /** Sends up to {@code maxRows} rows (0: all). */
    Outcome streamRows(RowStream rows, RowEncoder encoder, long maxRows, StatementExecution exec) throws Exception {
        long count = 0;
        while (maxRows <= 0 || count < maxRows) {
            exec.checkCancelled();
            if (!rows.next()) {
                return new Outcome(count, true);
            }
            dispatcher.drainNotices();
            encoder.writeDataRow(rows, outbound.buffer());
            count++;
            outbound.maybeHandOver(exec);
        }
        return new Outcome(count, false);
    }

    /**
     * COPY TO STDOUT: CopyOutResponse, CopyData per row (grouped as PostgreSQL does: a binary header goes with
     * the first row), CopyDone, {@code COPY n}.
     */
    void copyOut(QueryResult.CopyOut copy, StatementExecution exec) throws Exception {
        try (RowStream rows = copy.rows()) {
            CopyOutWriter writer = new CopyOutWriter(copy.options(), copy.columns(), session.formatSettings());
            short[] columnFormats = new short[copy.columns().size()];
            java.util.Arrays.fill(columnFormats, (short) writer.overallFormat());
            dispatcher.send(new CopyOutResponse((byte) writer.overallFormat(), columnFormats));
            // as PostgreSQL: the binary header shares the first row's CopyData (or the trailer's, with no rows)
            boolean startPending = writer.hasStart() && writer.startJoinsFirstMessage();
            if (writer.hasStart() && !startPending) {
                writer.writeStartMessage(outbound.buffer());
            }
            long count = 0;
            while (true) {
                exec.checkCancelled();
                if (!rows.next()) {
                    break;
                }
                dispatcher.drainNotices();
                writer.writeRowMessage(rows, outbound.buffer(), startPending);
                startPending = false;
                count++;
                outbound.maybeHandOver(exec);
            }
            if (writer.hasEnd() || startPending) {
                writer.writeEndMessage(outbound.buffer(), startPending);
            }
            dispatcher.send(CopyDone.INSTANCE);
            dispatcher.send(new CommandComplete("COPY " + count));
        }
    }
}

package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.CopyInResponse;
import dev.tusk.protocol.frontend.CopyData;
import dev.tusk.protocol.frontend.CopyDone;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.Sync;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.internal.copy.CopyInParser;
import java.util.Locale;

/**
 * COPY FROM STDIN on the session's thread: sends CopyInResponse, then reads the client's CopyData, CopyDone or
 * CopyFail from the mailbox (through the handler hooks) and feeds the parser, which hands rows to the engine's
 * sink. Flush and Sync are ignored, as PostgreSQL does; any other message fails the COPY.
 */
final class CopyInProcessor {
    private final QueryDispatcher dispatcher;
    private final Connection conn;
    private final Session session;
    private Active active;

    /** The COPY in progress. */
    private static final class Active {
        final QueryResult.CopyIn copy;
        final CopyInParser parser;
        boolean done;
        long count;

        Active(QueryResult.CopyIn copy, CopyInParser parser) {
            this.copy = copy;
            this.parser = parser;
        }
    }

    CopyInProcessor(QueryDispatcher dispatcher, Connection conn, Session session) {
        this.dispatcher = dispatcher;
        this.conn = conn;
        this.session = session;
    }

    boolean inProgress() {
        return active != null;
    }

    /** Runs the whole COPY; returns the row count for the {@code COPY n} tag. */
    long run(QueryResult.CopyIn copy, StatementExecution exec) throws Exception {
        CopyInParser parser;
        try {
            parser = CopyInParser.create(
                    copy.options(), copy.columns(), copy.sink(), session.formatSettings(), copy.relation());
        } catch (RuntimeException e) {
            copy.sink().abort(e);
            throw e;
        }
        boolean binary = copy.options().format() == dev.tusk.server.api.CopyOptions.Format.BINARY;
        short[] formats = new short[copy.columns().size()];
        java.util.Arrays.fill(formats, (short) (binary ? 1 : 0));
        Active a = new Active(copy, parser);
        active = a;
        try {
            dispatcher.send(new CopyInResponse((byte) (binary ? 1 : 0), formats));
            dispatcher.flush();
            while (!a.done) {
                exec.checkCancelled();
                Object item = conn.mailbox().take();
                if (item == Mailbox.CLOSED) {
                    throw new ConnectionClosedException();
                }
                if (item instanceof Runnable task) {
                    task.run();
                    continue;
                }
                FrontendMessage m = (FrontendMessage) item;
                if (m instanceof Flush || m instanceof Sync) {
                    continue;
                }
                if (m instanceof CopyData || m instanceof CopyDone || m instanceof CopyFail) {
                    dispatcher.dispatchCopyMessage(m);
                    continue;
                }
                throw new PgException(
                        SqlState.PROTOCOL_VIOLATION,
                        String.format(
                                Locale.ROOT,
                                "unexpected message type 0x%02X during COPY from stdin",
                                MessageTypes.typeByte(m)));
            }
            return a.count;
        } catch (Throwable t) {
            if (!a.done) {
                abort(a, t);
            }
            throw t;
        } finally {
            active = null;
        }
    }

    private static void abort(Active a, Throwable t) {
        try {
            a.copy.sink().abort(t);
        } catch (RuntimeException e) {
            t.addSuppressed(e);
        }
    }

    /** Standard handling of CopyData: feed the parser; ignored when no COPY is in progress. */
    void data(CopyData m) {
        if (active != null && !active.done) {
            active.parser.feed(m.data());
        }
    }

    /** Standard handling of CopyDone: finish; ignored when no COPY is in progress. */
    void done() {
        Active a = active;
        if (a != null && !a.done) {
            a.parser.finish();
            a.count = a.copy.sink().finish();
            a.done = true;
        }
    }

    /** Standard handling of CopyFail: abort with 57014; ignored when no COPY is in progress. */
    void fail(CopyFail m) {
        if (active != null && !active.done) {
            throw new PgException(SqlState.QUERY_CANCELED, "COPY from stdin failed: " + m.message());
        }
    }
}

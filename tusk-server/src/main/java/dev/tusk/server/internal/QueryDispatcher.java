package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.NoticeResponse;
import dev.tusk.protocol.backend.NotificationResponse;
import dev.tusk.protocol.backend.ParameterStatus;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.frontend.Bind;
import dev.tusk.protocol.frontend.Close;
import dev.tusk.protocol.frontend.CopyData;
import dev.tusk.protocol.frontend.CopyDone;
import dev.tusk.protocol.frontend.CopyFail;
import dev.tusk.protocol.frontend.Describe;
import dev.tusk.protocol.frontend.Execute;
import dev.tusk.protocol.frontend.Flush;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.FunctionCall;
import dev.tusk.protocol.frontend.Parse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.Sync;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.ProtocolContext;
import dev.tusk.server.api.ProtocolHandler;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;

/**
 * The query phase's message loop for one session: hands each message to the {@link ProtocolHandler} hook (whose
 * {@link #proceed} is the {@link StandardHandling}), and owns the protocol-wide rules around it: errors become
 * ErrorResponse (moving a transaction block to failed), after an error in extended query everything up to Sync
 * is discarded, and ReadyForQuery carries pending ParameterStatus and notifications.
 */
final class QueryDispatcher implements ProtocolContext {
    private final Connection conn;
    private final Session session;
    private final ProtocolHandler handler;
    private final Outbound outbound;
    private final StandardHandling standard;
    private boolean skipUntilSync;
    private boolean extendedBatch;

    QueryDispatcher(Connection conn, Session session, QuerySession querySession, ProtocolHandler handler) {
        this.conn = conn;
        this.session = session;
        this.handler = handler;
        this.outbound = conn.outbound();
        this.standard = new StandardHandling(this, conn, session, querySession);
    }

    Session sessionState() {
        return session;
    }

    Connection connection() {
        return conn;
    }

    /** Handles one query-phase message. */
    void dispatch(FrontendMessage m) {
        if (skipUntilSync && !(m instanceof Sync)) {
            return;
        }
        if (isExtended(m)) {
            extendedBatch = true;
        }
        try {
            callHook(m);
        } catch (Exception | Error e) {
            onError(m, e);
        }
    }

    /** Runs the hook for a message of a COPY FROM STDIN in progress (CopyData, CopyDone, CopyFail). */
    void dispatchCopyMessage(FrontendMessage m) throws Exception {
        callHook(m);
    }

    private static boolean isExtended(FrontendMessage m) {
        return m instanceof Parse
                || m instanceof Bind
                || m instanceof Describe
                || m instanceof Execute
                || m instanceof Close
                || m instanceof Flush;
    }

    private void callHook(FrontendMessage m) throws Exception {
        switch (m) {
            case Query q -> handler.onQuery(q, this);
            case Parse p -> handler.onParse(p, this);
            case Bind b -> handler.onBind(b, this);
            case Describe d -> handler.onDescribe(d, this);
            case Execute e -> handler.onExecute(e, this);
            case Close c -> handler.onClose(c, this);
            case Sync s -> handler.onSync(s, this);
            case Flush f -> handler.onFlush(f, this);
            case CopyData d -> handler.onCopyData(d, this);
            case CopyDone d -> handler.onCopyDone(d, this);
            case CopyFail f -> handler.onCopyFail(f, this);
            case FunctionCall f -> handler.onFunctionCall(f, this);
            default ->
                throw ErrorResponses.fatal(
                        SqlState.PROTOCOL_VIOLATION,
                        "invalid frontend message type " + m.getClass().getSimpleName());
        }
    }

    private void onError(FrontendMessage m, Throwable t) {
        if (t instanceof ConnectionClosedException cce) {
            throw cce;
        }
        if (t instanceof Error err && !(t instanceof StackOverflowError) && !(t instanceof OutOfMemoryError)) {
            throw err;
        }
        PgException e = ErrorResponses.toPgException(t);
        if (ErrorResponses.isFatal(e)) {
            throw e;
        }
        sendError(e);
        if (m instanceof Query || m instanceof FunctionCall) {
            readyForQuery();
        } else {
            skipUntilSync = true;
        }
    }

    /**
     * Sends an ERROR at once and moves an open transaction block to failed. Like PostgreSQL (elog.c flushes
     * after every error report), the error is flushed immediately: a client that sent Parse, Describe and Flush
     * without a Sync (asyncpg does) is waiting for it, and the messages up to Sync are now ignored.
     */
    void sendError(PgException e) {
        drainNotices();
        outbound.sendNow(ErrorResponses.of(e));
        outbound.flush();
        if (session.transactionStatus() == TransactionStatus.IN_TRANSACTION) {
            session.setTransactionStatus(TransactionStatus.FAILED);
        }
    }

    void drainNotices() {
        NoticeResponse n;
        while ((n = session.pollNotice()) != null) {
            outbound.sendNow(n);
        }
    }

    /** Sync ends the error state. */
    void endSkipping() {
        skipUntilSync = false;
    }

    @Override
    public SessionContext session() {
        return session;
    }

    @Override
    public void send(BackendMessage message) {
        drainNotices();
        outbound.send(message, session.running());
    }

    @Override
    public void flush() {
        drainNotices();
        outbound.flush();
    }

    @Override
    public void readyForQuery() {
        drainNotices();
        for (ParameterStatus p : session.settingsStore().drainChangedReported()) {
            outbound.sendNow(p);
        }
        TransactionStatus status = session.transactionStatus();
        if (status == TransactionStatus.IDLE) {
            sendNotifications();
        }
        outbound.sendNow(new ReadyForQuery(status.indicator()));
        outbound.flush();
        extendedBatch = false;
    }

    @Override
    public void proceed(FrontendMessage message) throws Exception {
        standard.handle(message);
    }

    /** Delivers queued notifications now if the session is idle: between commands and outside a block. */
    void deliverNotificationsIfIdle() {
        if (session.running() == null
                && session.transactionStatus() == TransactionStatus.IDLE
                && !extendedBatch
                && !standard.copyInProgress()) {
            if (sendNotifications()) {
                outbound.flush();
            }
        }
    }

    private boolean sendNotifications() {
        boolean any = false;
        NotificationResponse n;
        while ((n = session.pollNotification()) != null) {
            outbound.sendNow(n);
            any = true;
        }
        return any;
    }

    /** The connection ended: release statements, portals and the engine's session. */
    void release() {
        standard.release();
        session.unlistenAll();
    }
}

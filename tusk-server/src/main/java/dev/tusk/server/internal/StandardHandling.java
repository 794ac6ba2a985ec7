package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
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
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.TransactionStatus;

/**
 * The server's standard handling of each query-phase message ({@code ProtocolContext.proceed}): routes to the
 * simple query, extended query and COPY processors, which share the session's statements, portals and
 * running statement.
 */
final class StandardHandling {
    private final QueryDispatcher dispatcher;
    private final QuerySession querySession;
    private final SimpleQueryProcessor simple;
    private final ExtendedQueryProcessor extended;
    private final CopyInProcessor copyIn;
    private final Session session;

    StandardHandling(QueryDispatcher dispatcher, Connection conn, Session session, QuerySession querySession) {
        this.dispatcher = dispatcher;
        this.querySession = querySession;
        this.session = session;
        Outbound outbound = conn.outbound();
        StatementRunner runner = new StatementRunner(session, conn.channel());
        ResultSender results = new ResultSender(dispatcher, session, outbound);
        this.copyIn = new CopyInProcessor(dispatcher, conn, session);
        this.simple = new SimpleQueryProcessor(dispatcher, session, querySession, runner, results, copyIn, outbound);
        this.extended =
                new ExtendedQueryProcessor(dispatcher, session, querySession, runner, results, copyIn, outbound);
        session.attach(extended);
    }

    boolean copyInProgress() {
        return copyIn.inProgress();
    }

    void handle(FrontendMessage m) {
        switch (m) {
            case Query q -> {
                extended.dropUnnamed();
                simple.run(q);
                if (session.transactionStatus() == TransactionStatus.IDLE) {
                    extended.closeAllPortals(); // the transaction ended, and its portals with it
                }
            }
            case Parse p -> extended.parse(p);
            case Bind b -> extended.bind(b);
            case Describe d -> extended.describe(d);
            case Execute e -> extended.execute(e);
            case Close c -> extended.close(c);
            case Sync s -> {
                dispatcher.endSkipping();
                extended.sync();
                dispatcher.readyForQuery();
            }
            case Flush f -> dispatcher.flush();
            case CopyData d -> copyIn.data(d);
            case CopyDone d -> copyIn.done();
            case CopyFail f -> copyIn.fail(f);
            case FunctionCall f ->
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "fast-path function calls are not supported");
            default ->
                throw ErrorResponses.fatal(
                        SqlState.PROTOCOL_VIOLATION, "invalid frontend message type " + MessageTypes.typeByte(m));
        }
    }

    void release() {
        extended.release();
        SessionResources.closeQuietly(querySession);
    }
}

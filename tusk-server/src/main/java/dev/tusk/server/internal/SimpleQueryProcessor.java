package dev.tusk.server.internal;

import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.EmptyQueryResponse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.internal.encode.RowEncoder;
import java.util.List;

/**
 * The simple query protocol: splits the string into statements and runs each (prepare, execute, send its
 * result with a text RowDescription), stopping at the first error; then ReadyForQuery.
 */
final class SimpleQueryProcessor {
    private final QueryDispatcher dispatcher;
    private final Session session;
    private final QuerySession querySession;
    private final StatementRunner runner;
    private final ResultSender results;
    private final CopyInProcessor copyIn;
    private final Outbound outbound;

    SimpleQueryProcessor(
            QueryDispatcher dispatcher,
            Session session,
            QuerySession querySession,
            StatementRunner runner,
            ResultSender results,
            CopyInProcessor copyIn,
            Outbound outbound) {
        this.dispatcher = dispatcher;
        this.session = session;
        this.querySession = querySession;
        this.runner = runner;
        this.results = results;
        this.copyIn = copyIn;
        this.outbound = outbound;
    }

    void run(Query query) {
        try {
            List<String> statements = querySession.splitStatements(query.sql());
            if (statements.isEmpty()) {
                dispatcher.send(EmptyQueryResponse.INSTANCE);
            }
            for (String sql : statements) {
                runStatement(sql);
            }
        } catch (ConnectionClosedException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            PgException pg = ErrorResponses.toPgException(e);
            if (ErrorResponses.isFatal(pg)) {
                throw pg;
            }
            dispatcher.sendError(pg);
        }
        dispatcher.readyForQuery();
    }

    private void runStatement(String sql) {
        PreparedQuery prepared = querySession.prepare(sql, new int[0]);
        try {
            StatementExecution exec = new StatementExecution(session, outbound);
            runner.run(exec, () -> {
                QueryResult result = prepared.execute(Parameters.NONE, exec);
                send(result, exec);
            });
        } finally {
            SessionResources.closeQuietly(prepared);
        }
    }

    private void send(QueryResult result, StatementExecution exec) throws Exception {
        switch (result) {
            case QueryResult.Rows rows -> {
                try (var stream = rows.rows()) {
                    RowEncoder encoder = RowEncoder.text(rows.columns(), session.formatSettings());
                    results.describe(encoder);
                    ResultSender.Outcome outcome = results.streamRows(stream, encoder, 0, exec);
                    dispatcher.send(new CommandComplete(rows.commandTag(outcome.rows())));
                }
            }
            case QueryResult.Command c -> dispatcher.send(new CommandComplete(c.tag()));
            case QueryResult.Empty e -> dispatcher.send(EmptyQueryResponse.INSTANCE);
            case QueryResult.CopyIn c -> {
                long n = copyIn.run(c, exec);
                dispatcher.send(new CommandComplete("COPY " + n));
            }
            case QueryResult.CopyOut c -> results.copyOut(c, exec);
        }
    }
}

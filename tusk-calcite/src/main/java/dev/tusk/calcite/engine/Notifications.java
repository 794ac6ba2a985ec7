package dev.tusk.calcite.engine;

import dev.tusk.calcite.exec.SessionTransaction;
import dev.tusk.calcite.func.NotifyFunctions;
import dev.tusk.calcite.parser.PgNotification;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.Column;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.SessionContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * LISTEN, UNLISTEN, NOTIFY and pg_notify(), transactional as in PostgreSQL: they take effect when the transaction
 * commits (at once for a statement outside a block), a rollback drops them, and identical notifications of one
 * transaction are folded into one. The server delivers them to the listening sessions.
 */
final class Notifications implements NotifyFunctions.Queue {
    /** PostgreSQL's NOTIFY_PAYLOAD_MAX_LENGTH (BLCKSZ - NAMEDATALEN - 128). */
    private static final int MAX_PAYLOAD = 8000;

    private static final int NAMEDATALEN = 64;

    private final SessionContext session;
    private final SessionTransaction transaction;
    private final List<Runnable> listenActions = new ArrayList<>();
    private final Set<List<String>> pending = new LinkedHashSet<>();
    private boolean hooked;

    Notifications(SessionContext session, SessionTransaction transaction) {
        this.session = session;
        this.transaction = transaction;
        NotifyFunctions.register(session, this);
    }

    PreparedQuery prepare(PgNotification n, String sql) {
        return new PreparedQuery() {
            @Override
            public int[] parameterTypes() {
                return new int[0];
            }

            @Override
            public List<Column> columns() {
                return List.of();
            }

            @Override
            public QueryResult execute(Parameters parameters, ExecutionContext context) {
                transaction.checkNotFailed();
                try {
                    switch (n.kind) {
                        case LISTEN -> action(() -> session.listen(n.channel));
                        case UNLISTEN ->
                            action(n.channel == null ? session::unlistenAll : () -> session.unlisten(n.channel));
                        case NOTIFY -> enqueue(n.channel, n.payload == null ? "" : n.payload);
                    }
                    transaction.statementSucceeded();
                    return new QueryResult.Command(n.tag());
                } catch (RuntimeException e) {
                    transaction.statementFailed();
                    throw CalciteErrors.toPgException(e, sql);
                }
            }
        };
    }

    @Override
    public void enqueue(String channel, String payload) {
        if (channel == null || channel.isEmpty()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "channel name cannot be empty");
        }
        if (channel.getBytes(StandardCharsets.UTF_8).length >= NAMEDATALEN) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "channel name too long");
        }
        if (payload.getBytes(StandardCharsets.UTF_8).length >= MAX_PAYLOAD) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "payload string too long");
        }
        hook();
        pending.add(List.of(channel, payload));
    }

    private void action(Runnable r) {
        hook();
        listenActions.add(r);
    }

    /** Delivers at commit, forgets at rollback: once per transaction. */
    private void hook() {
        if (hooked) {
            return;
        }
        hooked = true;
        transaction.onEnd(this::commit, this::clear);
    }

    private void commit() {
        List<Runnable> actions = List.copyOf(listenActions);
        List<List<String>> notes = List.copyOf(pending);
        clear();
        actions.forEach(Runnable::run);
        for (List<String> n : notes) {
            session.notify(n.get(0), n.get(1));
        }
    }

    private void clear() {
        listenActions.clear();
        pending.clear();
        hooked = false;
    }

    /** The session ended. */
    void close() {
        clear();
        NotifyFunctions.unregister(session);
    }
}

package dev.tusk.examples.memory;

import dev.tusk.examples.memory.exec.EvalContext;
import dev.tusk.examples.memory.exec.ParamTypes;
import dev.tusk.examples.memory.exec.Plan;
import dev.tusk.examples.memory.exec.Planner;
import dev.tusk.examples.memory.exec.SessionState;
import dev.tusk.examples.memory.sql.Parser;
import dev.tusk.examples.memory.sql.Statement;
import dev.tusk.examples.memory.store.Transaction;
import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.ExecutionContext;
import dev.tusk.server.api.Notice;
import dev.tusk.server.api.Parameters;
import dev.tusk.server.api.PgException;
import dev.tusk.server.api.PreparedQuery;
import dev.tusk.server.api.QueryResult;
import dev.tusk.server.api.QuerySession;
import dev.tusk.server.api.SessionContext;
import dev.tusk.server.api.TransactionStatus;
import java.util.List;

/**
 * One connection to the {@link MemoryEngine}: parses and plans statements, runs them in the session's
 * transaction block or in a transaction of their own, and implements BEGIN/COMMIT/ROLLBACK with
 * PostgreSQL's failed-transaction rules.
 */
final class MemorySession implements QuerySession {

    private final SessionState state;

    MemorySession(SessionState state) {
        this.state = state;
    }

    @Override
    public PreparedQuery prepare(String sql, int[] declaredParameterTypes) {
        Statement statement = Parser.parse(sql);
        ParamTypes params = new ParamTypes(declaredParameterTypes);
        if (statement instanceof Statement.Transaction || statement instanceof Statement.Empty) {
            return new MemoryQuery(this, statement, params.oids(), List.of());
        }
        if (state.session().transactionStatus() == TransactionStatus.FAILED) {
            throw aborted(); // as PostgreSQL: parsed, but not analysed in a failed transaction
        }
        Transaction view = state.inBlock() ? state.block() : state.catalog().begin();
        Plan plan = Planner.plan(statement, state, view, params);
        return new MemoryQuery(this, statement, params.oids(), plan.columns());
    }

    /** Runs a prepared statement; {@code parameterTypes} are those reported at prepare time. */
    QueryResult execute(Statement statement, int[] parameterTypes, Parameters parameters, ExecutionContext ctx) {
        SessionContext session = state.session();
        if (statement instanceof Statement.Transaction t) {
            return transaction(t, session);
        }
        if (session.transactionStatus() == TransactionStatus.FAILED) {
            throw aborted();
        }
        if (statement instanceof Statement.Empty) {
            return QueryResult.Empty.INSTANCE;
        }
        EvalContext cx = new EvalContext(parameters, ctx, state);
        if (state.inBlock()) {
            try {
                return Planner.plan(statement, state, state.block(), new ParamTypes(parameterTypes))
                        .run(cx);
            } catch (RuntimeException e) {
                session.setTransactionStatus(TransactionStatus.FAILED);
                throw e;
            }
        }
        Transaction tx = state.catalog().begin();
        state.setCurrent(tx);
        try {
            QueryResult result = Planner.plan(statement, state, tx, new ParamTypes(parameterTypes))
                    .run(cx);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        } finally {
            state.setCurrent(null);
        }
    }

    private QueryResult transaction(Statement.Transaction t, SessionContext session) {
        boolean failed = session.transactionStatus() == TransactionStatus.FAILED;
        switch (t.kind()) {
            case BEGIN -> {
                if (failed) {
                    throw aborted();
                }
                if (state.inBlock()) {
                    session.sendNotice(new Notice(
                            "WARNING",
                            SqlState.ACTIVE_SQL_TRANSACTION.code(),
                            "there is already a transaction in progress",
                            null,
                            null));
                } else {
                    state.beginBlock();
                    session.setTransactionStatus(TransactionStatus.IN_TRANSACTION);
                }
                return new QueryResult.Command(t.tag());
            }
            case COMMIT -> {
                if (!state.inBlock()) {
                    noTransaction(session);
                    return new QueryResult.Command(failed ? "ROLLBACK" : "COMMIT");
                }
                session.setTransactionStatus(TransactionStatus.IDLE);
                state.endBlock(!failed);
                return new QueryResult.Command(failed ? "ROLLBACK" : "COMMIT");
            }
            default -> {
                if (!state.inBlock()) {
                    noTransaction(session);
                } else {
                    state.endBlock(false);
                }
                session.setTransactionStatus(TransactionStatus.IDLE);
                return new QueryResult.Command("ROLLBACK");
            }
        }
    }

    /** 25P02, for every statement but the end of the block in a failed transaction. */
    private static PgException aborted() {
        return new PgException(
                SqlState.IN_FAILED_SQL_TRANSACTION,
                "current transaction is aborted, commands ignored until end of transaction block");
    }

    private static void noTransaction(SessionContext session) {
        session.sendNotice(new Notice(
                "WARNING",
                SqlState.NO_ACTIVE_SQL_TRANSACTION.code(),
                "there is no transaction in progress",
                null,
                null));
    }

    @Override
    public void close() {
        if (state.inBlock()) {
            state.endBlock(false);
        }
    }
}

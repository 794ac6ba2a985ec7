package dev.tusk.server.internal;

import dev.tusk.server.api.PgException;
import io.netty.channel.Channel;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a piece of statement work as the session's running statement: visible to cancel, bounded by
 * statement_timeout, and with whatever the work throws after a stop reported as the stop's reason.
 */
final class StatementRunner {
    /** Statement work that may block and throw anything. */
    interface Work {
        void run() throws Exception;
    }

    private final Session session;
    private final Channel channel;

    StatementRunner(Session session, Channel channel) {
        this.session = session;
        this.channel = channel;
    }

    void run(StatementExecution exec, Work work) {
        exec.checkCancelled();
        session.setRunning(exec);
        exec.activate();
        long timeout = session.settingsStore().statementTimeoutMillis();
        ScheduledFuture<?> timer = timeout > 0
                ? channel.eventLoop()
                        .schedule(
                                () -> exec.stop(StatementExecution.statementTimeout()), timeout, TimeUnit.MILLISECONDS)
                : null;
        try {
            PgException pending = session.takePendingCancel(); // sent while this statement was queued or parsed
            if (pending != null) {
                exec.stop(pending);
            }
            exec.checkCancelled();
            work.run();
            exec.checkCancelled();
        } catch (ConnectionClosedException e) {
            throw e;
        } catch (Exception e) {
            PgException reason = exec.stopReason();
            if (reason != null) {
                if (!channel.isActive()) {
                    throw new ConnectionClosedException();
                }
                throw reason;
            }
            if (e instanceof PgException pg) {
                throw pg;
            }
            if (e instanceof InterruptedException) {
                throw new ConnectionClosedException();
            }
            throw ErrorResponses.toPgException(e);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            exec.deactivate();
            session.setRunning(null);
        }
    }
}

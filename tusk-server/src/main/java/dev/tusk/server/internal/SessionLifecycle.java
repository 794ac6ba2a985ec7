package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.StartupMessage;
import dev.tusk.protocol.frontend.Terminate;
import dev.tusk.server.api.PgException;

/**
 * The session thread's side of one connection, fed item by item by the {@link Mailbox}: the startup phase,
 * then every query-phase message through the {@link QueryDispatcher}; Terminate, FATAL errors, shutdown, and
 * the release of everything when the connection ends.
 */
final class SessionLifecycle {
    private static final System.Logger LOG = System.getLogger(SessionLifecycle.class.getName());

    private final Connection conn;
    private volatile Session session;
    private QueryDispatcher dispatcher;
    private volatile boolean shutdownRequested;
    private boolean released;

    SessionLifecycle(Connection conn) {
        this.conn = conn;
    }

    /** Handles one mailbox item on the session's thread. Never throws. */
    void handle(Object item) {
        if (released) {
            return;
        }
        try {
            if (item == Mailbox.CLOSED) {
                release();
            } else if (item instanceof Runnable task) {
                task.run();
            } else if (item instanceof Terminate) {
                conn.outbound().flush();
                conn.channel().close();
            } else if (dispatcher == null) {
                if (item instanceof StartupMessage startup) {
                    dispatcher = StartupProcessor.run(conn, startup, this::wakeForNotifications);
                    session = dispatcher.sessionState();
                    if (shutdownRequested) {
                        throw StatementExecution.adminShutdown();
                    }
                    dispatcher.readyForQuery();
                } else {
                    conn.channel().close();
                }
            } else {
                if (shutdownRequested) {
                    throw StatementExecution.adminShutdown();
                }
                dispatcher.dispatch((FrontendMessage) item);
            }
            if (shutdownRequested && dispatcher != null && !released) {
                throw StatementExecution.adminShutdown(); // the statement that was running is done
            }
        } catch (ConnectionClosedException e) {
            conn.outbound().discard();
        } catch (PgException e) {
            sendFatal(e);
        } catch (InterruptedException e) {
            conn.channel().close();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure in a session", e);
            sendFatal(new PgException(SqlState.INTERNAL_ERROR, "internal error", e));
        } finally {
            Thread.interrupted();
        }
    }

    private void sendFatal(PgException e) {
        Outbound out = conn.outbound();
        if (conn.channel().isActive()) {
            out.sendNow(ErrorResponses.fatal(e));
            out.flush();
        } else {
            out.discard();
        }
        conn.channel().close();
    }

    private void wakeForNotifications() {
        conn.mailbox().offer((Runnable) () -> {
            QueryDispatcher d = dispatcher;
            if (d != null) {
                d.deliverNotificationsIfIdle();
            }
        });
    }

    /** From the event loop: the channel closed; stop what runs. */
    void connectionLost() {
        Session s = session;
        if (s != null) {
            s.cancelRunning(StatementExecution.connectionLost());
        }
    }

    /** Shutdown begins: an idle session ends at once, a busy one when its statement is done. */
    void beginShutdown() {
        shutdownRequested = true;
        conn.mailbox().offer((Runnable) () -> {
            Session s = session;
            if (s == null || s.running() == null) {
                throw StatementExecution.adminShutdown();
            }
            // a statement (or a COPY reading this mailbox) is running: it may finish within the grace period
        });
    }

    /** The grace period is over: stop the running statement; the session then ends with FATAL 57P01. */
    void forceShutdown() {
        shutdownRequested = true;
        Session s = session;
        if (s != null) {
            s.cancelRunning(StatementExecution.adminShutdown());
        }
        if (dispatcher == null) {
            conn.channel().close();
        }
    }

    private void release() {
        released = true;
        conn.outbound().discard();
        if (dispatcher != null) {
            dispatcher.release();
        }
        Session s = session;
        if (s != null) {
            conn.runtime().cancels().unregister(s);
        }
    }
}

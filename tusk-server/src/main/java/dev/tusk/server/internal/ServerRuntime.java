package dev.tusk.server.internal;

import dev.tusk.server.PgServerConfig;
import dev.tusk.server.tls.ServerTls;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A running server: the Netty event loops (one acceptor, two workers: the server is sized for small
 * machines, and all blocking work runs on virtual threads), the open connections, the session registry for
 * cancel, the notification hub, and graceful shutdown.
 */
public final class ServerRuntime {
    private static final System.Logger LOG = System.getLogger(ServerRuntime.class.getName());
    private static final int WORKER_THREADS = 2;

    private final PgServerConfig config;
    private final ServerTls tls;
    private final CancelRegistry cancels = new CancelRegistry();
    private final NotificationHub hub = new NotificationHub();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Executor sessionExecutor;
    private final CountDownLatch terminated = new CountDownLatch(1);
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private Channel serverChannel;
    private volatile boolean shuttingDown;
    private boolean started;

    /** A runtime for the configuration, not yet started. */
    public ServerRuntime(PgServerConfig config) {
        this(config, virtualThreads());
    }

    /**
     * A runtime whose sessions run their work on {@code sessionExecutor}; tests that drive a connection in
     * memory (EmbeddedChannel) pass a direct executor.
     */
    ServerRuntime(PgServerConfig config, Executor sessionExecutor) {
        this.config = config;
        this.sessionExecutor = sessionExecutor;
        this.tls = config.tls() == null ? null : ServerTls.load(config.tls());
    }

    PgServerConfig config() {
        return config;
    }

    ServerTls tls() {
        return tls;
    }

    CancelRegistry cancels() {
        return cancels;
    }

    NotificationHub hub() {
        return hub;
    }

    /** Runs each burst of a session's work: a new virtual thread per burst, by default. */
    Executor sessionExecutor() {
        return sessionExecutor;
    }

    private static Executor virtualThreads() {
        ThreadFactory factory = Thread.ofVirtual().name("tusk-session-", 0).factory();
        return task -> factory.newThread(task).start();
    }

    boolean isShuttingDown() {
        return shuttingDown;
    }

    /** Binds the port and starts accepting connections. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        boss = Transport.group(1, "tusk-accept");
        workers = Transport.group(WORKER_THREADS, "tusk-io");
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(Transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 128 * 1024))
                .childHandler(new ConnectionInitializer(this));
        try {
            serverChannel =
                    b.bind(config.host(), config.port()).syncUninterruptibly().channel();
        } catch (Exception e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            terminated.countDown();
            if (e instanceof java.io.IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e.getCause() instanceof java.io.IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    /** The bound address. */
    public InetSocketAddress address() {
        if (serverChannel == null) {
            throw new IllegalStateException("not started");
        }
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** The number of open client connections. */
    public int connectionCount() {
        return connections.size();
    }

    /** NOTIFY from the application: sender PID 0. */
    public void notify(String channel, String payload) {
        hub.notify(0, channel, payload);
    }

    /** Blocks until {@link #shutdown()} has finished. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    void connectionOpened(Connection c) {
        connections.add(c);
        if (shuttingDown) {
            c.channel().close();
        }
    }

    void connectionClosed(Connection c) {
        connections.remove(c);
    }

    /** Whether one more session may start (max connections counts sessions past their startup packet). */
    boolean admitSession() {
        return cancels.size() < config.maxConnections();
    }

    /**
     * Graceful shutdown: stop accepting, end idle sessions at once with FATAL 57P01, let running statements
     * go on for the grace period, then stop them (the sessions end with the same FATAL), then stop the event
     * loops.
     */
    public void shutdown() {
        synchronized (this) {
            if (!started || shuttingDown) {
                if (!started) {
                    terminated.countDown();
                }
                try {
                    terminated.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            shuttingDown = true;
        }
        try {
            serverChannel.close().syncUninterruptibly();
            for (Connection c : connections) {
                c.lifecycle().beginShutdown();
            }
            long deadline = System.nanoTime() + config.shutdownGracePeriod().toNanos();
            awaitConnectionsClosed(deadline);
            for (Connection c : connections) {
                c.lifecycle().forceShutdown();
            }
            awaitConnectionsClosed(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
            for (Connection c : connections) {
                c.channel().close();
            }
        } finally {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            LOG.log(System.Logger.Level.DEBUG, "server stopped");
            terminated.countDown();
        }
    }

    private void awaitConnectionsClosed(long deadlineNanos) {
        while (!connections.isEmpty() && System.nanoTime() - deadlineNanos < 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

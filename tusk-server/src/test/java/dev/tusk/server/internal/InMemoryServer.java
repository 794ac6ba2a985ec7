package dev.tusk.server.internal;

import dev.tusk.server.PgServerConfig;
import dev.tusk.testkit.wire.ScriptedClient;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One server connection in memory: a {@link ServerRuntime} whose pipeline is built on an {@link EmbeddedChannel}
 * by {@link ConnectionInitializer#initPipeline}, and a {@link ScriptedClient} on it. How the session's work runs
 * is the {@link Mode}.
 */
final class InMemoryServer implements AutoCloseable {
    /** How the session's mailbox drainer runs. */
    enum Mode {
        /**
         * {@code Runnable::run}: each message is handled inside the inbound write that completes it, on the test
         * thread. Cannot serve a handler that waits for the next message (COPY FROM STDIN, authentication
         * challenges): {@link Mailbox#take()} would wait on the only thread.
         */
        DIRECT,
        /**
         * The drainer is queued and runs on the test thread after the client's whole send: COPY FROM STDIN works
         * when its data and CopyDone arrive in the same send as the statement (take() then finds them queued).
         */
        DEFERRED,
        /**
         * The drainer runs on one session thread in strict alternation with the test thread: a gate serializes
         * every touch of the channel, and the client waits after each send until the session has finished or is
         * parked in {@link Mailbox#take()} on an empty mailbox. Serves challenge-response authentication.
         */
        THREAD
    }

    final ServerRuntime runtime;
    final EmbeddedChannel channel;
    final Connection connection;
    final ScriptedClient client;
    private final Stepper stepper;

    private InMemoryServer(PgServerConfig config, Mode mode) {
        java.util.concurrent.Executor executor;
        ScriptedClient.Driver driver;
        switch (mode) {
            case DIRECT -> {
                executor = Runnable::run;
                driver = new ScriptedClient.Driver() {};
                stepper = null;
            }
            case DEFERRED -> {
                ArrayDeque<Runnable> tasks = new ArrayDeque<>();
                executor = tasks::add;
                driver = new ScriptedClient.Driver() {
                    @Override
                    public void settle(EmbeddedChannel ch) {
                        ch.runPendingTasks();
                        Runnable r;
                        while ((r = tasks.poll()) != null) {
                            r.run();
                            ch.runPendingTasks();
                        }
                    }
                };
                stepper = null;
            }
            default -> {
                stepper = new Stepper();
                executor = stepper;
                driver = stepper;
            }
        }
        runtime = new ServerRuntime(config, executor);
        ConnectionInitializer initializer = new ConnectionInitializer(runtime);
        Stepper gate = stepper;
        channel = new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                initializer.initPipeline(ch);
                if (gate != null) {
                    ch.pipeline().addFirst("gate", gate.handler());
                }
            }
        });
        connection = (Connection) channel.pipeline().get("connection");
        if (stepper != null) {
            stepper.connection = connection;
        }
        client = new ScriptedClient(channel, driver);
    }

    static InMemoryServer start(PgServerConfig config, Mode mode) {
        return new InMemoryServer(config, mode);
    }

    /** Closes the client side, the channel (the session ends) and releases everything still queued. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (stepper != null) {
                stepper.access(() -> channel.close());
                client.isClosed(); // settles the session's end
                stepper.access(() -> channel.finishAndReleaseAll());
                stepper.shutdown();
            } else {
                channel.close();
                client.isClosed();
                channel.finishAndReleaseAll();
            }
        }
    }

    /** Runs the session on one thread, alternating strictly with the test thread (see {@link Mode#THREAD}). */
    static final class Stepper implements java.util.concurrent.Executor, ScriptedClient.Driver {
        private final ReentrantLock gate = new ReentrantLock();
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile Thread thread;
        private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "in-memory-session");
            t.setDaemon(true);
            thread = t;
            return t;
        });
        volatile Connection connection;

        @Override
        public void execute(Runnable task) {
            inFlight.incrementAndGet();
            worker.execute(() -> {
                try {
                    task.run();
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }

        @Override
        public void access(Runnable action) {
            gate.lock();
            try {
                action.run();
            } finally {
                gate.unlock();
            }
        }

        @Override
        public void settle(EmbeddedChannel ch) {
            // a guard against a hung test, not a timing assertion
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!quiescent()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("the session neither finished nor waited for input");
                }
                Thread.onSpinWait();
                Thread.yield();
            }
            access(ch::runPendingTasks);
        }

        /**
         * Nothing to run, or the session waits in {@link Mailbox#take()} on an empty mailbox. The mailbox is checked
         * first: only the test thread offers, so a session found parked in take() after that stays parked.
         */
        private boolean quiescent() {
            if (inFlight.get() == 0) {
                return true;
            }
            Connection c = connection;
            if (c == null || c.mailbox().hasPending()) {
                return false;
            }
            Thread t = thread;
            if (t == null || t.getState() != Thread.State.WAITING) {
                return false;
            }
            for (StackTraceElement f : t.getStackTrace()) {
                if (f.getClassName().equals(Mailbox.class.getName())
                        && f.getMethodName().equals("take")) {
                    return t.getState() == Thread.State.WAITING;
                }
            }
            return false;
        }

        /** Serializes the session thread's writes and closes with the test thread's use of the channel. */
        ChannelOutboundHandlerAdapter handler() {
            return new ChannelOutboundHandlerAdapter() {
                @Override
                public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                    access(() -> ctx.write(msg, promise));
                }

                @Override
                public void flush(ChannelHandlerContext ctx) {
                    access(ctx::flush);
                }

                @Override
                public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
                    access(() -> ctx.close(promise));
                }
            };
        }

        void shutdown() {
            worker.shutdownNow();
        }
    }
}

package dev.tusk.server.internal;

import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The per-connection serial executor (an actor): the event loop offers decoded messages and tasks, and a
 * virtual thread started on demand drains them one at a time, exiting when the queue is empty so that an idle
 * connection holds no thread. The handler may also {@link #take()} the next item while it blocks (COPY FROM
 * STDIN, authentication). When more than {@link #HIGH_WATER} items wait, the channel stops reading until the
 * queue falls below {@link #LOW_WATER} (input backpressure).
 */
final class Mailbox {
    private static final System.Logger LOG = System.getLogger(Mailbox.class.getName());
    static final int HIGH_WATER = 256;
    static final int LOW_WATER = 64;

    /** The item the handler sees once the connection is gone; nothing follows it. */
    static final Object CLOSED = new Object() {
        @Override
        public String toString() {
            return "CLOSED";
        }
    };

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nonEmpty = lock.newCondition();
    private final ArrayDeque<Object> queue = new ArrayDeque<>(4);
    private final Channel channel;
    private final Executor executor;
    private final Consumer<Object> handler;
    private boolean draining;
    private Runnable onIdle = () -> {};
    private boolean closed;
    private boolean readPaused;

    /**
     * @param executor runs the drainer: the server starts a virtual thread per burst of work; in-memory tests
     *     pass a direct executor so a whole conversation runs on the test's thread
     */
    Mailbox(Channel channel, Executor executor, Consumer<Object> handler) {
        this.channel = channel;
        this.executor = executor;
        this.handler = handler;
    }

    /** Queues a message or a {@link Runnable} task; ignored once closed. */
    void offer(Object item) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            queue.add(item);
            afterEnqueueLocked();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues the messages decoded from one read, in order, under one lock and with at most one drainer start:
     * a pipelined Bind/Execute/Sync costs one handoff, not three. Ignored once closed.
     */
    void offerAll(List<Object> items) {
        if (items.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            if (closed) {
                return;
            }
            queue.addAll(items);
            afterEnqueueLocked();
        } finally {
            lock.unlock();
        }
    }

    /** After items were queued: pause reading past {@link #HIGH_WATER}, wake a taker, start the drainer. */
    private void afterEnqueueLocked() {
        if (queue.size() > HIGH_WATER && !readPaused) {
            readPaused = true;
            channel.config().setAutoRead(false);
        }
        nonEmpty.signal();
        startDrainerIfIdle();
    }

    /**
     * Sets what runs, under the mailbox's lock, each time the drainer finds nothing more to do: the session is
     * then idle, waiting for the client's next command (PostgreSQL's DoingCommandRead).
     */
    void onIdle(Runnable action) {
        lock.lock();
        try {
            onIdle = action;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} under the mailbox's lock if the session has work queued or in progress (it is not
     * idle waiting for a command), and says whether it ran. With {@link #onIdle}, this lets a cancel that
     * arrives between statements of the command being processed wait for the next statement, and be dropped
     * once the session goes idle, without a race between the two.
     */
    boolean runIfBusy(Runnable action) {
        lock.lock();
        try {
            if (!draining && queue.isEmpty()) {
                return false;
            }
            action.run();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The connection is gone: drops queued messages and queues {@link #CLOSED} as the last item. */
    void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.removeIf(o -> !(o instanceof Runnable));
            queue.add(CLOSED);
            nonEmpty.signal();
            startDrainerIfIdle();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Whether items wait in the queue (the handler is about to get more work). */
    boolean hasPending() {
        lock.lock();
        try {
            return !queue.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks the handler's thread until the next item arrives; for handlers that read on (COPY data,
     * authentication answers). Returns {@link #CLOSED} when the connection is gone.
     */
    Object take() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                nonEmpty.await();
            }
            return pollLocked();
        } finally {
            lock.unlock();
        }
    }

    private void startDrainerIfIdle() {
        if (!draining) {
            draining = true;
            executor.execute(this::drain);
        }
    }

    private Object pollLocked() {
        Object item = queue.poll();
        if (readPaused && queue.size() < LOW_WATER) {
            readPaused = false;
            channel.config().setAutoRead(true);
            channel.read();
        }
        return item;
    }

    private void drain() {
        while (true) {
            Object item;
            lock.lock();
            try {
                item = pollLocked();
                if (item == null) {
                    draining = false;
                    onIdle.run();
                    return;
                }
            } finally {
                lock.unlock();
            }
            try {
                handler.accept(item);
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "unexpected failure in a session", e);
                channel.close();
            }
        }
    }
}

package dev.tusk.server.internal;

import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.codec.BackendMessageWriter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The session thread's side of the connection's output: messages are encoded straight into one pooled buffer,
 * handed to Netty when it holds {@link #FLUSH_THRESHOLD} bytes or at an explicit {@link #flush()} (PostgreSQL
 * flushes at ReadyForQuery, Flush, COPY start and when its buffer is full). Before handing over a full buffer
 * the thread blocks while the channel is not writable (the client reads slowly), so a result is never buffered
 * whole: this is the result backpressure. The wait ends when the channel becomes writable, closes, or the
 * running statement is stopped.
 */
final class Outbound {
    static final int FLUSH_THRESHOLD = 64 * 1024;

    private final Channel channel;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private ByteBuf pending;

    Outbound(Channel channel) {
        this.channel = channel;
    }

    /** The buffer to write the next message into (for encoders that write rows directly). */
    ByteBuf buffer() {
        if (pending == null) {
            pending = channel.alloc().ioBuffer(256);
        }
        return pending;
    }

    /** Queues a message; hands over the buffer when it is full, blocking while the client is slow. */
    void send(BackendMessage message, StatementExecution running) {
        BackendMessageWriter.write(message, buffer());
        maybeHandOver(running);
    }

    /** Queues a message without ever blocking (errors, ReadyForQuery, notifications). */
    void sendNow(BackendMessage message) {
        BackendMessageWriter.write(message, buffer());
    }

    /** Hands over the buffer if it holds {@link #FLUSH_THRESHOLD} bytes or more, waiting for writability. */
    void maybeHandOver(StatementExecution running) {
        if (pending != null && pending.readableBytes() >= FLUSH_THRESHOLD) {
            awaitWritable(running);
            flush();
        }
    }

    /** Sends everything queued now. */
    void flush() {
        ByteBuf buf = pending;
        pending = null;
        if (buf == null) {
            return;
        }
        if (!buf.isReadable()) {
            buf.release();
            return;
        }
        if (!channel.isActive()) {
            buf.release();
            return;
        }
        channel.writeAndFlush(buf, channel.voidPromise());
    }

    /** Drops whatever is queued (the connection is gone). */
    void discard() {
        ByteBuf buf = pending;
        pending = null;
        if (buf != null) {
            buf.release();
        }
    }

    /** Called from the event loop when writability changes or the channel closes, and on cancel. */
    void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitWritable(StatementExecution running) {
        if (channel.isWritable()) {
            return;
        }
        lock.lock();
        try {
            while (!channel.isWritable()) {
                if (!channel.isActive()) {
                    discard();
                    throw new ConnectionClosedException();
                }
                if (running != null) {
                    running.checkCancelled();
                }
                // the timeout only guards against a missed signal; correctness does not depend on it
                changed.await(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            // a cancel interrupts the statement's thread: report the cancel, not the interrupt
            if (running != null) {
                running.checkCancelled();
            }
            Thread.currentThread().interrupt();
            throw new ConnectionClosedException();
        } finally {
            lock.unlock();
        }
    }
}

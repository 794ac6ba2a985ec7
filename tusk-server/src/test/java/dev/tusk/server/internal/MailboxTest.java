package dev.tusk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-connection serial executor: order, one item at a time, input backpressure, close. */
class MailboxTest {

    @Test
    void drainsInOrderAndPausesReadingWhenTheQueueIsLong() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel();
        CountDownLatch gate = new CountDownLatch(1);
        List<Object> seen = new CopyOnWriteArrayList<>();
        Mailbox mailbox = new Mailbox(channel, task -> Thread.ofVirtual().start(task), item -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            seen.add(item);
        });
        for (int i = 0; i <= Mailbox.HIGH_WATER + 1; i++) {
            mailbox.offer(i);
        }
        assertFalse(channel.config().isAutoRead(), "reading pauses while the session is behind");
        gate.countDown();
        ServerBehaviourTest.await("the queue to drain", () -> seen.size() == Mailbox.HIGH_WATER + 2);
        assertTrue(channel.config().isAutoRead(), "reading resumes once the queue is short again");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
        channel.finishAndReleaseAll();
    }

    @Test
    void closeDropsQueuedMessagesAndEndsWithClosed() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        List<Object> seen = new CopyOnWriteArrayList<>();
        Mailbox mailbox = new Mailbox(channel, task -> Thread.ofVirtual().start(task), item -> {
            first.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            seen.add(item);
        });
        mailbox.offer("running");
        assertTrue(first.await(30, TimeUnit.SECONDS));
        mailbox.offer("queued");
        Runnable task = () -> {};
        mailbox.offer(task);
        mailbox.close();
        mailbox.offer("late");
        gate.countDown();
        ServerBehaviourTest.await("the close to be seen", () -> seen.size() == 3);
        assertEquals("running", seen.get(0));
        assertSame(task, seen.get(1));
        assertSame(Mailbox.CLOSED, seen.get(2));
        channel.finishAndReleaseAll();
    }
}

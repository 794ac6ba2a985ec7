package dev.tusk.testkit.wire;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.codec.BackendMessageDecoder;
import dev.tusk.protocol.codec.EncryptionResponse;
import dev.tusk.protocol.codec.FrontendMessageWriter;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.StartupMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * A scripted client for in-memory protocol conversations: encodes frontend messages into the server's
 * {@link EmbeddedChannel} (whole, byte at a time or in chunks) and decodes what the server wrote with the
 * client-side {@link BackendMessageDecoder}, so tests can assert the exact backend message sequence.
 *
 * <p>Every buffer it creates or reads is released; call {@link #close()} at the end to release the client-side
 * decoder (it fails when the server left a partial message behind). Not thread-safe: one test thread drives it.
 */
public final class ScriptedClient implements AutoCloseable {
    /**
     * How the server side of the channel runs. The default suits a server whose work runs synchronously inside
     * the channel's calls (a direct executor); a server that runs work elsewhere supplies its own.
     */
    public interface Driver {
        /** Runs an action that touches the server's channel (inbound writes, outbound reads, state checks). */
        default void access(Runnable action) {
            action.run();
        }

        /** Lets the server finish the work the input so far started; called after each send and before reads. */
        default void settle(EmbeddedChannel channel) {
            channel.runPendingTasks();
        }
    }

    private static final Driver DIRECT = new Driver() {};

    private final EmbeddedChannel channel;
    private final Driver driver;
    private final BackendMessageDecoder decoder = new BackendMessageDecoder();
    private final EmbeddedChannel client = new EmbeddedChannel(decoder);

    /** A client for a server whose work runs synchronously inside the channel's calls. */
    public ScriptedClient(EmbeddedChannel channel) {
        this(channel, DIRECT);
    }

    /** A client for a server that runs its work as {@code driver} says. */
    public ScriptedClient(EmbeddedChannel channel, Driver driver) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.driver = Objects.requireNonNull(driver, "driver");
    }

    /** The server's channel. */
    public EmbeddedChannel channel() {
        return channel;
    }

    /** The bytes of the messages as a client sends them, one after another. */
    public static byte[] encode(FrontendMessage... messages) {
        ByteBuf buf = Unpooled.buffer();
        try {
            for (FrontendMessage m : messages) {
                FrontendMessageWriter.write(m, buf);
            }
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /** A protocol 3.0 StartupMessage with {@code user}, {@code database} (if not null) and then {@code params}. */
    public static StartupMessage startupMessage(String user, String database, Map<String, String> params) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("user", user);
        if (database != null) {
            p.put("database", database);
        }
        p.putAll(params);
        return new StartupMessage(ProtocolVersion.V3_0, p);
    }

    /** Sends the startup packet; read the answer with {@link #receive()} or {@link #expect}. */
    public ScriptedClient startup(String user, String database, Map<String, String> params) {
        return send(startupMessage(user, database, params));
    }

    /** Sends the messages encoded into one buffer. */
    public ScriptedClient send(FrontendMessage... messages) {
        byte[] bytes = encode(messages);
        return sendBytes(bytes, () -> Math.max(1, bytes.length));
    }

    /** Sends the messages one byte per inbound write. */
    public ScriptedClient sendByteAtATime(FrontendMessage... messages) {
        return sendBytes(encode(messages), () -> 1);
    }

    /** Sends the messages in inbound writes of {@code size} bytes (the last may be shorter). */
    public ScriptedClient sendInChunks(int size, FrontendMessage... messages) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        return sendBytes(encode(messages), () -> size);
    }

    /** Sends the messages in inbound writes of 1 to {@code maxSize} bytes chosen by {@code random}. */
    public ScriptedClient sendInRandomChunks(Random random, int maxSize, FrontendMessage... messages) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be positive: " + maxSize);
        }
        return sendBytes(encode(messages), () -> 1 + random.nextInt(maxSize));
    }

    /**
     * Sends raw bytes (garbage, truncated or oversized messages) in inbound writes whose sizes {@code chunkSize}
     * gives; writes stop when the server closes the channel. The server settles once, after the last write.
     */
    public ScriptedClient sendBytes(byte[] bytes, IntSupplier chunkSize) {
        driver.access(() -> {
            int at = 0;
            while (at < bytes.length && channel.isOpen()) {
                int n = Math.min(bytes.length - at, Math.max(1, chunkSize.getAsInt()));
                channel.writeInbound(Unpooled.copiedBuffer(bytes, at, n));
                at += n;
            }
        });
        driver.settle(channel);
        return this;
    }

    /** Makes the next byte from the server decode as the answer to an SSLRequest or GSSENCRequest. */
    public ScriptedClient expectSslResponse() {
        decoder.expectSslResponse();
        return this;
    }

    /**
     * Everything the server has written so far, decoded: {@link BackendMessage}s and, after
     * {@link #expectSslResponse()}, an {@link EncryptionResponse}.
     */
    public List<Object> receiveAny() {
        driver.settle(channel);
        List<ByteBuf> written = new ArrayList<>();
        driver.access(() -> {
            Object o;
            while ((o = channel.readOutbound()) != null) {
                if (o instanceof ByteBuf b) {
                    written.add(b);
                } else {
                    ReferenceCountUtil.release(o);
                    written.forEach(ByteBuf::release);
                    throw new AssertionError(
                            "the server wrote a " + o.getClass().getName() + ", not bytes");
                }
            }
        });
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            try {
                client.writeInbound(written.get(i));
            } catch (RuntimeException e) {
                written.subList(i + 1, written.size()).forEach(ByteBuf::release);
                drainInto(out);
                throw new AssertionError("the server's bytes do not decode after " + out, e);
            }
            drainInto(out);
        }
        return out;
    }

    private void drainInto(List<Object> out) {
        Object m;
        while ((m = client.readInbound()) != null) {
            out.add(m);
        }
    }

    /** Every message the server has written so far. */
    public List<BackendMessage> receive() {
        List<Object> any = receiveAny();
        List<BackendMessage> out = new ArrayList<>(any.size());
        for (Object o : any) {
            if (!(o instanceof BackendMessage m)) {
                throw new AssertionError("expected only backend messages, got " + any);
            }
            out.add(m);
        }
        return out;
    }

    /** The server's one-byte answer to an SSLRequest or GSSENCRequest, and nothing else. */
    public EncryptionResponse receiveEncryptionResponse() {
        List<Object> any = receiveAny();
        if (any.size() != 1 || !(any.get(0) instanceof EncryptionResponse r)) {
            throw new AssertionError("expected one encryption response, got " + any);
        }
        return r;
    }

    /** Asserts that the server has written exactly these messages since the last read, and returns them. */
    public List<BackendMessage> expect(BackendMessage... expected) {
        List<BackendMessage> actual = receive();
        String diff = MessageDiff.diff(List.of(expected), actual);
        if (diff != null) {
            throw new AssertionError(diff);
        }
        return actual;
    }

    /**
     * Asserts that the server has written messages of exactly these kinds (record simple names such as
     * {@code "DataRow"}) since the last read, and returns them for closer checks.
     */
    public List<BackendMessage> expectKinds(String... kinds) {
        List<BackendMessage> actual = receive();
        List<String> actualKinds = MessageDiff.kinds(actual);
        if (!actualKinds.equals(List.of(kinds))) {
            throw new AssertionError("backend message kinds differ: expected " + List.of(kinds) + ", got\n"
                    + MessageDiff.listing(actual));
        }
        return actual;
    }

    /** Asserts that the server has written nothing since the last read. */
    public void expectNothing() {
        expect();
    }

    /** Whether the server has closed the channel. */
    public boolean isClosed() {
        boolean[] closed = new boolean[1];
        driver.settle(channel);
        driver.access(() -> closed[0] = !channel.isOpen());
        return closed[0];
    }

    /** Asserts that the server has closed the channel. */
    public void expectClosed() {
        if (!isClosed()) {
            throw new AssertionError("the server did not close the connection");
        }
    }

    /**
     * Releases the client-side decoder; fails when the server's output ended in the middle of a message. Does not
     * close the server's channel.
     */
    @Override
    public void close() {
        boolean partial = client.finishAndReleaseAll();
        if (partial) {
            throw new AssertionError("the server's output ended with a partial message");
        }
    }
}

package dev.tusk.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.StartupMessage;
import dev.tusk.protocol.util.HexDump;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers: encode to bytes, decode through an EmbeddedChannel, and check that every input was released. */
final class Wire {
    static final StartupMessage STARTUP = new StartupMessage(ProtocolVersion.V3_0, Map.of("user", "bob"));

    private Wire() {}

    static byte[] hex(String hex) {
        return HexDump.parse(hex);
    }

    static void assertBytes(byte[] expected, byte[] actual) {
        String diff = HexDump.diff(expected, actual);
        if (diff != null) {
            fail("bytes differ\n" + diff);
        }
    }

    static byte[] encode(FrontendMessage m) {
        ByteBuf buf = Unpooled.buffer();
        try {
            FrontendMessageWriter.write(m, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    static byte[] encode(BackendMessage m) {
        ByteBuf buf = Unpooled.buffer();
        try {
            BackendMessageWriter.write(m, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /** Feeds chunks to a channel, records the input buffers, and collects what comes out. */
    static final class Feeder implements AutoCloseable {
        final EmbeddedChannel channel;
        private final List<ByteBuf> inputs = new ArrayList<>();

        Feeder(io.netty.channel.ChannelHandler decoder) {
            this.channel = new EmbeddedChannel(decoder);
        }

        /** Writes the bytes in chunks of {@code chunk} bytes (all at once when {@code chunk <= 0}). */
        Feeder write(byte[] bytes, int chunk) {
            int step = chunk <= 0 ? Math.max(1, bytes.length) : chunk;
            for (int i = 0; i < bytes.length; i += step) {
                ByteBuf buf = Unpooled.copiedBuffer(bytes, i, Math.min(step, bytes.length - i));
                inputs.add(buf);
                channel.writeInbound(buf);
            }
            return this;
        }

        List<Object> drain() {
            List<Object> out = new ArrayList<>();
            for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
                out.add(o);
            }
            return out;
        }

        /** Closes the channel and asserts that every input buffer was released. */
        @Override
        public void close() {
            channel.finishAndReleaseAll();
            for (ByteBuf b : inputs) {
                assertEquals(0, b.refCnt(), "input buffer leaked");
            }
        }
    }

    /** A feeder around a new FrontendMessageDecoder, already past the startup packet if {@code typed}. */
    static Feeder frontend(boolean typed, AuthResponseKind kind) {
        FrontendMessageDecoder decoder = new FrontendMessageDecoder();
        if (kind != null) {
            decoder.expectAuthenticationResponse(kind);
        }
        Feeder f = new Feeder(decoder);
        if (typed) {
            f.write(encode(STARTUP), 0);
            assertEquals(List.of(STARTUP), f.drain());
        }
        return f;
    }
}

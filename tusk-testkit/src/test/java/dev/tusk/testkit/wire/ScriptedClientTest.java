package dev.tusk.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.codec.BackendMessageWriter;
import dev.tusk.protocol.codec.EncryptionResponse;
import dev.tusk.protocol.frontend.Query;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scripted client against a fake server that counts bytes and answers each write. */
class ScriptedClientTest {
    /** Answers every inbound buffer with CommandComplete("n bytes") and ReadyForQuery. */
    static final class CountingServer extends ChannelInboundHandlerAdapter {
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            sizes.add(in.readableBytes());
            in.release();
            ByteBuf out = ctx.alloc().buffer();
            BackendMessageWriter.write(new CommandComplete("n"), out);
            BackendMessageWriter.write(new ReadyForQuery('I'), out);
            ctx.writeAndFlush(out);
        }
    }

    @Test
    void splitsSendsAndDecodesAnswers() {
        CountingServer server = new CountingServer();
        EmbeddedChannel ch = new EmbeddedChannel(server);
        try (ScriptedClient c = new ScriptedClient(ch)) {
            int length = ScriptedClient.encode(new Query("x")).length;
            c.send(new Query("x"));
            c.expect(new CommandComplete("n"), new ReadyForQuery('I'));
            c.sendByteAtATime(new Query("x"));
            assertEquals(2 * length, c.receive().size());
            c.sendInChunks(4, new Query("x"));
            c.expectKinds("CommandComplete", "ReadyForQuery", "CommandComplete", "ReadyForQuery");
            c.sendInRandomChunks(new Random(7), 3, new Query("x"));
            c.receive();
            assertEquals(length, server.sizes.get(0));
            assertTrue(server.sizes.subList(1, 1 + length).stream().allMatch(n -> n == 1));
            assertEquals(List.of(4, length - 4), server.sizes.subList(1 + length, 3 + length));
        } finally {
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void mismatchNamesTheFieldAndShowsTheBytes() {
        EmbeddedChannel ch = new EmbeddedChannel(new CountingServer());
        try (ScriptedClient c = new ScriptedClient(ch)) {
            c.send(new Query("x"));
            AssertionError e = assertThrows(
                    AssertionError.class, () -> c.expect(new CommandComplete("m"), new ReadyForQuery('I')));
            assertTrue(e.getMessage().contains("field tag: expected \"m\", actual \"n\""), e.getMessage());
            assertTrue(e.getMessage().contains("first difference at offset"), e.getMessage());
        } finally {
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void decodesTheSslAnswer() {
        EmbeddedChannel ch = new EmbeddedChannel(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ((ByteBuf) msg).release();
                ByteBuf out = ctx.alloc().buffer(1);
                BackendMessageWriter.write(EncryptionResponse.REJECTED, out);
                ctx.writeAndFlush(out);
            }
        });
        try (ScriptedClient c = new ScriptedClient(ch)) {
            c.expectSslResponse().send(new dev.tusk.protocol.frontend.SSLRequest());
            assertEquals(EncryptionResponse.REJECTED, c.receiveEncryptionResponse());
        } finally {
            ch.finishAndReleaseAll();
        }
    }
}

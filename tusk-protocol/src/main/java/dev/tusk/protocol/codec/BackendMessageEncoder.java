package dev.tusk.protocol.codec;

import dev.tusk.protocol.backend.BackendMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** The Netty handler form of {@link BackendMessageWriter}; stateless, so one instance may serve every channel. */
@ChannelHandler.Sharable
public final class BackendMessageEncoder extends MessageToByteEncoder<BackendMessage> {
    /** A shared instance. */
    public static final BackendMessageEncoder INSTANCE = new BackendMessageEncoder();

    /** Creates an encoder; prefer {@link #INSTANCE}. */
    public BackendMessageEncoder() {
        super(BackendMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, BackendMessage msg, ByteBuf out) {
        BackendMessageWriter.write(msg, out);
    }
}

package dev.tusk.protocol.codec;

import dev.tusk.protocol.frontend.FrontendMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** The Netty handler form of {@link FrontendMessageWriter}, for test clients; stateless and sharable. */
@ChannelHandler.Sharable
public final class FrontendMessageEncoder extends MessageToByteEncoder<FrontendMessage> {
    /** A shared instance. */
    public static final FrontendMessageEncoder INSTANCE = new FrontendMessageEncoder();

    /** Creates an encoder; prefer {@link #INSTANCE}. */
    public FrontendMessageEncoder() {
        super(FrontendMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, FrontendMessage msg, ByteBuf out) {
        FrontendMessageWriter.write(msg, out);
    }
}

package dev.tusk.server.internal;

import dev.tusk.protocol.codec.FrontendMessageDecoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;

/** Builds each accepted connection's pipeline: [direct-TLS sniffing] then framing then the connection. */
final class ConnectionInitializer extends ChannelInitializer<SocketChannel> {
    private final ServerRuntime runtime;

    ConnectionInitializer(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        initPipeline(ch);
    }

    /** Builds the pipeline on any channel; in-memory tests pass an EmbeddedChannel. */
    void initPipeline(Channel ch) {
        FrontendMessageDecoder decoder = new FrontendMessageDecoder(
                Math.max(runtime.config().maxMessageSize(), FrontendMessageDecoder.SMALL_MESSAGE_LIMIT));
        Connection connection = new Connection(runtime, decoder);
        ChannelPipeline p = ch.pipeline();
        if (runtime.tls() != null) {
            p.addLast("sniff", new DirectTlsDetector(connection));
        }
        p.addLast(Connection.DECODER, decoder);
        p.addLast("connection", connection);
    }
}

package dev.tusk.server.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Looks at a connection's first byte: 0x16 starts a TLS ClientHello (PostgreSQL 17's direct TLS), so TLS with
 * ALPN {@code postgresql} is put in its place; anything else is the plaintext protocol, and this handler just
 * steps aside.
 */
final class DirectTlsDetector extends ByteToMessageDecoder {
    private static final byte TLS_HANDSHAKE = 0x16;

    private final Connection connection;

    DirectTlsDetector(Connection connection) {
        this.connection = connection;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        if (in.getByte(in.readerIndex()) == TLS_HANDSHAKE && connection.tls() != null) {
            connection.startDirectTls(ctx.pipeline(), this);
        } else {
            ctx.pipeline().remove(this);
        }
    }
}

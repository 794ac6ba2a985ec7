package dev.tusk.server.internal;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.codec.BackendMessageWriter;
import dev.tusk.protocol.codec.EncryptionResponse;
import dev.tusk.protocol.codec.FrontendMessageDecoder;
import dev.tusk.protocol.codec.ProtocolViolationException;
import dev.tusk.protocol.frontend.CancelRequest;
import dev.tusk.protocol.frontend.GSSENCRequest;
import dev.tusk.protocol.frontend.SSLRequest;
import dev.tusk.server.api.PgException;
import dev.tusk.server.tls.ServerTls;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The event-loop side of one client connection: answers SSLRequest and GSSENCRequest, sets up TLS, serves
 * CancelRequest on the spot, and hands every other decoded message to the session's {@link Mailbox}. Turns a
 * framing violation into a FATAL error, and a closed channel into the end of the session.
 */
final class Connection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());
    static final String DECODER = "decoder";

    private final ServerRuntime runtime;
    private final FrontendMessageDecoder decoder;
    private Channel channel;
    private Outbound outbound;
    private Mailbox mailbox;
    private SessionLifecycle lifecycle;
    private volatile SslHandler sslHandler;
    private volatile boolean secure;
    private volatile boolean directTls;
    private volatile boolean authenticated;
    /** Messages decoded in the current read, handed to the mailbox together at the read's end. */
    private final ArrayList<Object> batch = new ArrayList<>(8);

    Connection(ServerRuntime runtime, FrontendMessageDecoder decoder) {
        this.runtime = runtime;
        this.decoder = decoder;
    }

    ServerRuntime runtime() {
        return runtime;
    }

    ServerTls tls() {
        return runtime.tls();
    }

    Channel channel() {
        return channel;
    }

    Outbound outbound() {
        return outbound;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    FrontendMessageDecoder decoder() {
        return decoder;
    }

    SessionLifecycle lifecycle() {
        return lifecycle;
    }

    boolean isSecure() {
        return secure;
    }

    void markAuthenticated() {
        authenticated = true;
    }

    InetSocketAddress remoteAddress() {
        return channel.remoteAddress() instanceof InetSocketAddress a ? a : null;
    }

    /** The certificate the server presented, for SCRAM channel binding; null without TLS. */
    X509Certificate serverCertificate() {
        return secure ? runtime.tls().serverCertificate() : null;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        outbound = new Outbound(channel);
        lifecycle = new SessionLifecycle(this);
        mailbox = new Mailbox(channel, runtime.sessionExecutor(), lifecycle::handle);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        runtime.connectionOpened(this);
        long timeout = runtime.config().authenticationTimeout().toMillis();
        if (timeout > 0) {
            // PostgreSQL closes a connection that does not finish authenticating in time, without a message
            ctx.executor()
                    .schedule(
                            () -> {
                                if (!authenticated) {
                                    ctx.close();
                                }
                            },
                            timeout,
                            TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        switch (msg) {
            case SSLRequest r -> {
                handOverBatch();
                answerSslRequest(ctx);
            }
            case GSSENCRequest r -> {
                handOverBatch();
                writeEncryptionResponse(ctx, EncryptionResponse.REJECTED);
            }
            case CancelRequest c -> {
                handOverBatch();
                runtime.cancels().cancel(c.processId(), c.secretKey());
                ctx.close();
            }
            default -> {
                batch.add(msg);
                if (batch.size() >= Mailbox.LOW_WATER) {
                    handOverBatch(); // a long pipeline still reaches the session (and input backpressure) early
                }
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        handOverBatch();
        ctx.fireChannelReadComplete();
    }

    /** Hands the messages decoded so far to the mailbox as one batch, in order. */
    private void handOverBatch() {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() == 1) {
            mailbox.offer(batch.get(0));
        } else {
            mailbox.offerAll(batch);
        }
        batch.clear();
    }

    private void answerSslRequest(ChannelHandlerContext ctx) {
        ServerTls tls = tls();
        if (tls == null || sslHandler != null) {
            writeEncryptionResponse(ctx, EncryptionResponse.REJECTED);
            return;
        }
        writeEncryptionResponse(ctx, EncryptionResponse.ACCEPTED_SSL);
        SslHandler ssl = tls.forSslRequest().newHandler(ctx.alloc());
        sslHandler = ssl;
        ctx.pipeline().addBefore(DECODER, "tls", ssl);
    }

    private static void writeEncryptionResponse(ChannelHandlerContext ctx, EncryptionResponse response) {
        ByteBuf buf = ctx.alloc().buffer(1);
        BackendMessageWriter.write(response, buf);
        ctx.writeAndFlush(buf);
    }

    /** Called by {@link DirectTlsDetector} when the first byte is a TLS handshake. */
    void startDirectTls(ChannelPipeline pipeline, ChannelHandler detector) {
        SslHandler ssl = tls().forDirectTls().newHandler(channel.alloc());
        sslHandler = ssl;
        directTls = true;
        pipeline.replace(detector, "tls", ssl);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent e) {
            if (!e.isSuccess()) {
                ctx.close();
                return;
            }
            if (directTls && !ServerTls.ALPN_PROTOCOL.equals(sslHandler.applicationProtocol())) {
                secure = true;
                sendFatalFromEventLoop(
                        ctx,
                        ErrorResponses.fatal(
                                SqlState.PROTOCOL_VIOLATION,
                                "received direct SSL connection request without ALPN protocol negotiation"
                                        + " extension"));
                return;
            }
            secure = true;
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        handOverBatch(); // the messages decoded before the failure, as they would have been without batching
        if (cause instanceof ProtocolViolationException pv) {
            // a framing violation ends the connection; the session thread will find the channel closed
            sendFatalFromEventLoop(
                    ctx,
                    PgException.builder(pv.sqlState(), pv.getMessage()).fatal().build());
            return;
        }
        if (cause instanceof IOException || cause.getCause() instanceof javax.net.ssl.SSLException) {
            LOG.log(System.Logger.Level.DEBUG, "connection error", cause);
        } else if (!(cause.getCause() instanceof SSLPeerUnverifiedException)) {
            LOG.log(System.Logger.Level.DEBUG, "unexpected connection error", cause);
        }
        ctx.close();
    }

    private void sendFatalFromEventLoop(ChannelHandlerContext ctx, PgException error) {
        if (!ctx.channel().isActive()) {
            return;
        }
        ByteBuf buf = ctx.alloc().buffer();
        BackendMessageWriter.write(ErrorResponses.fatal(error), buf);
        ctx.writeAndFlush(buf).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        outbound.signal();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        handOverBatch();
        runtime.connectionClosed(this);
        lifecycle.connectionLost();
        mailbox.close();
        outbound.signal();
        ctx.fireChannelInactive();
    }
}

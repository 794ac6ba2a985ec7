package dev.tusk.server.internal;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The socket transport: Netty's native epoll where it loads (Linux; fewer system calls and cheaper event-loop
 * wake-ups per round trip), NIO elsewhere or when {@code -Dtusk.transport=nio} asks for it.
 */
final class Transport {
    private static final System.Logger LOG = System.getLogger(Transport.class.getName());
    private static final boolean EPOLL = useEpoll();

    private Transport() {}

    private static boolean useEpoll() {
        if ("nio".equals(System.getProperty("tusk.transport"))) {
            return false;
        }
        try {
            if (Epoll.isAvailable()) {
                return true;
            }
            LOG.log(System.Logger.Level.DEBUG, "native epoll unavailable, using NIO", Epoll.unavailabilityCause());
        } catch (LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "native epoll unavailable, using NIO", e);
        }
        return false;
    }

    /** A group of {@code threads} event loops named {@code name}, daemon threads. */
    static EventLoopGroup group(int threads, String name) {
        DefaultThreadFactory factory = new DefaultThreadFactory(name, true);
        return EPOLL ? new EpollEventLoopGroup(threads, factory) : new NioEventLoopGroup(threads, factory);
    }

    /** The listening socket's channel class matching {@link #group}. */
    static Class<? extends ServerChannel> serverChannel() {
        return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }
}

package dev.tusk.server.internal;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.backend.BackendKeyData;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.codec.BackendMessageDecoder;
import dev.tusk.protocol.codec.FrontendMessageWriter;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.StartupMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted PostgreSQL client over a real loopback socket: writes frontend records with tusk-protocol's
 * writer, decodes the server's bytes with its BackendMessageDecoder, and hands back backend records one by
 * one (blocking reads, so tests need no timing).
 */
final class WireClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final EmbeddedChannel decoder = new EmbeddedChannel(new BackendMessageDecoder());
    BackendKeyData keyData;

    WireClient(InetSocketAddress address) throws IOException {
        this(new Socket(address.getAddress(), address.getPort()));
    }

    WireClient(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(30_000); // a safety net against hangs, not a timing assertion
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    static WireClient connect(InetSocketAddress address) throws IOException {
        return new WireClient(address);
    }

    /** Connects, sends a 3.0 startup for user "alice" and reads up to the first ReadyForQuery. */
    static WireClient ready(InetSocketAddress address) throws IOException {
        WireClient c = new WireClient(address);
        c.startup(ProtocolVersion.V3_0, Map.of("user", "alice"));
        List<BackendMessage> msgs = c.untilReady();
        for (BackendMessage m : msgs) {
            if (m instanceof BackendKeyData k) {
                c.keyData = k;
            }
        }
        if (c.keyData == null) {
            throw new AssertionError("startup failed: " + msgs);
        }
        return c;
    }

    void startup(int version, Map<String, String> params) throws IOException {
        send(new StartupMessage(version, new LinkedHashMap<>(params)));
    }

    void send(FrontendMessage... messages) throws IOException {
        ByteBuf buf = Unpooled.buffer();
        try {
            for (FrontendMessage m : messages) {
                FrontendMessageWriter.write(m, buf);
            }
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            out.write(bytes);
            out.flush();
        } finally {
            buf.release();
        }
    }

    /** The next byte is the answer to an SSLRequest or GSSENCRequest. */
    void expectEncryptionResponse() {
        decoder.pipeline().get(BackendMessageDecoder.class).expectSslResponse();
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next backend message (or EncryptionResponse); throws EOFException when the server closed. */
    Object nextObject() throws IOException {
        while (true) {
            Object m = decoder.readInbound();
            if (m != null) {
                return m;
            }
            byte[] b = new byte[8192];
            int n = in.read(b);
            if (n < 0) {
                throw new EOFException("server closed the connection");
            }
            decoder.writeInbound(Unpooled.wrappedBuffer(b, 0, n));
        }
    }

    BackendMessage next() throws IOException {
        return (BackendMessage) nextObject();
    }

    /** Messages up to and including the next ReadyForQuery. */
    List<BackendMessage> untilReady() throws IOException {
        List<BackendMessage> out = new ArrayList<>();
        while (true) {
            BackendMessage m = next();
            out.add(m);
            if (m instanceof ReadyForQuery) {
                return out;
            }
        }
    }

    /** Every message until the server closes the connection. */
    List<BackendMessage> untilClosed() throws IOException {
        List<BackendMessage> out = new ArrayList<>();
        while (true) {
            try {
                out.add(next());
            } catch (EOFException e) {
                return out;
            } catch (java.net.SocketException e) {
                return out; // connection reset after the server closed
            }
        }
    }

    /** Whether the server has closed the connection (reads to EOF). */
    boolean isClosedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    InputStream rawInput() {
        return in;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        decoder.finishAndReleaseAll();
    }
}

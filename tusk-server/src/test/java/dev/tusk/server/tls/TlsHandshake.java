package dev.tusk.server.tls;

import java.nio.ByteBuffer;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/** Runs a TLS handshake between two SSLEngines in memory. */
public final class TlsHandshake {

    private TlsHandshake() {}

    /** A client engine trusting {@code ca}, offering {@code alpn} (or none) and only {@code protocol}. */
    public static SSLEngine client(X509Certificate ca, String protocol, String... alpn) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        SSLEngine engine = ctx.createSSLEngine("localhost", 5432);
        engine.setUseClientMode(true);
        SSLParameters p = engine.getSSLParameters();
        p.setProtocols(new String[] {protocol});
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (alpn.length > 0) {
            p.setApplicationProtocols(alpn);
        }
        engine.setSSLParameters(p);
        return engine;
    }

    /** Handshakes until both sides are done. */
    public static void run(SSLEngine client, SSLEngine server) throws SSLException {
        ByteBuffer c2s = ByteBuffer.allocate(1 << 17);
        ByteBuffer s2c = ByteBuffer.allocate(1 << 17);
        client.beginHandshake();
        server.beginHandshake();
        for (int i = 0; i < 500; i++) {
            boolean progress = pump(client, c2s, s2c) | pump(server, s2c, c2s);
            if (done(client) && done(server) && c2s.position() == 0 && s2c.position() == 0) {
                return;
            }
            if (!progress && i > 10) {
                break;
            }
        }
        throw new SSLException("handshake did not finish: client " + client.getHandshakeStatus() + ", server "
                + server.getHandshakeStatus());
    }

    private static boolean done(SSLEngine e) {
        HandshakeStatus s = e.getHandshakeStatus();
        return s == HandshakeStatus.NOT_HANDSHAKING || s == HandshakeStatus.FINISHED;
    }

    private static boolean pump(SSLEngine e, ByteBuffer out, ByteBuffer in) throws SSLException {
        boolean progress = false;
        ByteBuffer app = ByteBuffer.allocate(1 << 17);
        for (int n = 0; n < 20; n++) {
            HandshakeStatus hs = e.getHandshakeStatus();
            if (hs == HandshakeStatus.NEED_TASK) {
                Runnable task;
                while ((task = e.getDelegatedTask()) != null) {
                    task.run();
                }
                progress = true;
            } else if (hs == HandshakeStatus.NEED_WRAP) {
                e.wrap(ByteBuffer.allocate(0), out);
                progress = true;
            } else if (hs == HandshakeStatus.NEED_UNWRAP || hs == HandshakeStatus.NEED_UNWRAP_AGAIN) {
                in.flip();
                var r = e.unwrap(in, app);
                in.compact();
                if (r.bytesConsumed() == 0 && hs != HandshakeStatus.NEED_UNWRAP_AGAIN) {
                    return progress;
                }
                progress = true;
            } else if (in.position() > 0) {
                // finished but the peer still sent records (e.g. TLS 1.3 session tickets)
                in.flip();
                e.unwrap(in, app);
                in.compact();
                progress = true;
            } else {
                return progress;
            }
        }
        return progress;
    }
}

package dev.tusk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.server.PgServer;
import dev.tusk.server.tls.TestCerts;
import dev.tusk.server.tls.TlsConfig;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS through SSLRequest and PostgreSQL 17's direct TLS with ALPN, and requireTls. */
class TlsConnectionTest {
    @TempDir
    Path dir;

    private PgServer server;
    private SSLContext clientContext;

    @BeforeEach
    void start() throws Exception {
        Path cert = TestCerts.write(dir, "server.crt", TestCerts.RSA_SHA256_CERT);
        Path key = TestCerts.write(dir, "server.key", TestCerts.RSA_PKCS8_KEY);
        server = PgServer.builder()
                .port(0)
                .engine(new TestEngine())
                .tls(TlsConfig.fromPemFiles(cert, key))
                .requireTls(true)
                .build()
                .start();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("ca", TestCerts.certificate(TestCerts.RSA_SHA256_CERT));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SSLSocket wrap(Socket plain, InetSocketAddress a, String... alpn) throws Exception {
        SSLSocket s =
                (SSLSocket) clientContext.getSocketFactory().createSocket(plain, a.getHostString(), a.getPort(), true);
        s.setUseClientMode(true);
        SSLParameters p = s.getSSLParameters();
        if (alpn.length > 0) {
            p.setApplicationProtocols(alpn);
        }
        s.setSSLParameters(p);
        s.startHandshake();
        return s;
    }

    private static void assertUsable(WireClient c) throws Exception {
        c.startup(ProtocolVersion.V3_0, Map.of("user", "alice"));
        assertEquals(new ReadyForQuery('I'), c.untilReady().getLast());
        c.send(new Query("series 3"));
        assertEquals(6, c.untilReady().size());
    }

    @Test
    void sslRequestThenTls() throws Exception {
        InetSocketAddress a = server.address();
        Socket plain = new Socket(a.getAddress(), a.getPort());
        plain.getOutputStream().write(new byte[] {0, 0, 0, 8, 4, (byte) 0xd2, 0x16, 0x2f});
        assertEquals('S', plain.getInputStream().read());
        try (WireClient c = new WireClient(wrap(plain, a))) {
            assertUsable(c);
        }
    }

    @Test
    void directTlsWithAlpn() throws Exception {
        InetSocketAddress a = server.address();
        try (WireClient c = new WireClient(wrap(new Socket(a.getAddress(), a.getPort()), a, "postgresql"))) {
            assertUsable(c);
        }
    }

    @Test
    void directTlsWithoutAlpnIsRefused() throws Exception {
        InetSocketAddress a = server.address();
        try (WireClient c = new WireClient(wrap(new Socket(a.getAddress(), a.getPort()), a))) {
            List<BackendMessage> msgs = c.untilClosed();
            ErrorResponse e = assertInstanceOf(ErrorResponse.class, msgs.get(0));
            assertEquals("08P01", e.code());
        }
    }

    @Test
    void plaintextIsRefusedWhenTlsIsRequired() throws Exception {
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "alice", "database", "db"));
            ErrorResponse e =
                    assertInstanceOf(ErrorResponse.class, c.untilClosed().get(0));
            assertEquals("28000", e.code());
            assertEquals(
                    "no pg_hba.conf entry for host \"127.0.0.1\", user \"alice\", database \"db\", no encryption",
                    e.message());
        }
    }
}

package dev.tusk.cli.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.server.tls.PemFiles;
import dev.tusk.server.tls.ServerTls;
import dev.tusk.server.tls.TlsConfig;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void serverCertificateVerifiesAgainstTheCa() throws Exception {
        DevCertificates.Result r = DevCertificates.generate(dir, List.of("db.example.test", "10.1.2.3"));
        X509Certificate ca = PemFiles.readCertificates(r.caCertificateFile()).get(0);
        X509Certificate server =
                PemFiles.readCertificates(r.serverCertificateFile()).get(0);
        assertEquals(r.caCertificate(), ca);
        assertEquals(r.serverCertificate(), server);

        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX")
                .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(server)), params);

        Set<String> sans = server.getSubjectAlternativeNames().stream()
                .map(l -> l.get(0) + ":" + l.get(1))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of("2:localhost", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1", "2:db.example.test", "7:10.1.2.3"), sans);
        long days = (server.getNotAfter().getTime() - server.getNotBefore().getTime()) / 86_400_000L;
        assertTrue(days >= 364 && days <= 366, "validity " + days);
        assertEquals(-1, server.getBasicConstraints());
        assertTrue(ca.getBasicConstraints() >= 0);

        // the key belongs to the certificate
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(PemFiles.readPrivateKey(r.serverKeyFile()));
        s.update(new byte[] {1, 2, 3});
        byte[] sig = s.sign();
        s.initVerify(server.getPublicKey());
        s.update(new byte[] {1, 2, 3});
        assertTrue(s.verify(sig));

        assertTrue(Files.readString(r.serverKeyFile(), java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("-----BEGIN PRIVATE KEY-----\n"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(r.serverKeyFile())));
        }
    }

    @Test
    void tuskServerLoadsThemAndAVerifyFullClientAcceptsThem() throws Exception {
        DevCertificates.Result r = DevCertificates.generate(dir, List.of());
        // regenerating replaces the files
        r = DevCertificates.generate(dir, List.of());
        ServerTls tls = ServerTls.load(TlsConfig.fromPemFiles(r.serverCertificateFile(), r.serverKeyFile()));
        assertEquals(r.serverCertificate(), tls.serverCertificate());
        for (String host : List.of("localhost", "127.0.0.1")) {
            SSLEngine client = client(r.caCertificate(), host);
            SSLEngine server = tls.forSslRequest().newEngine(UnpooledByteBufAllocator.DEFAULT);
            handshake(client, server);
            assertEquals(r.serverCertificate(), client.getSession().getPeerCertificates()[0]);
        }
    }

    /** Like libpq's sslmode=verify-full: the CA as the only trust anchor and host name checking. */
    private static SSLEngine client(X509Certificate ca, String host) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        SSLEngine e = ctx.createSSLEngine(host, 5432);
        e.setUseClientMode(true);
        SSLParameters p = e.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        e.setSSLParameters(p);
        return e;
    }

    private static void handshake(SSLEngine client, SSLEngine server) throws Exception {
        ByteBuffer c2s = ByteBuffer.allocate(1 << 17);
        ByteBuffer s2c = ByteBuffer.allocate(1 << 17);
        client.beginHandshake();
        server.beginHandshake();
        for (int i = 0; i < 200; i++) {
            pump(client, c2s, s2c);
            pump(server, s2c, c2s);
            if (done(client) && done(server)) {
                return;
            }
        }
        throw new AssertionError("handshake did not finish");
    }

    private static boolean done(SSLEngine e) {
        return e.getHandshakeStatus() == HandshakeStatus.NOT_HANDSHAKING;
    }

    private static void pump(SSLEngine e, ByteBuffer out, ByteBuffer in) throws Exception {
        ByteBuffer app = ByteBuffer.allocate(1 << 17);
        for (int n = 0; n < 20; n++) {
            switch (e.getHandshakeStatus()) {
                case NEED_TASK -> {
                    Runnable t;
                    while ((t = e.getDelegatedTask()) != null) {
                        t.run();
                    }
                }
                case NEED_WRAP -> e.wrap(ByteBuffer.allocate(0), out);
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    in.flip();
                    var res = e.unwrap(in, app);
                    in.compact();
                    if (res.bytesConsumed() == 0) {
                        return;
                    }
                }
                default -> {
                    return;
                }
            }
        }
    }
}

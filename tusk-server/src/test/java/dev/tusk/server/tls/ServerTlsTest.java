package dev.tusk.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerTlsTest {

    @TempDir
    Path dir;

    private ServerTls load(String cert, String key) throws Exception {
        return ServerTls.load(TlsConfig.fromPemFiles(
                TestCerts.write(dir, "server.crt", cert), TestCerts.write(dir, "server.key", key)));
    }

    @ParameterizedTest
    @CsvSource({"RSA_PKCS1, TLSv1.3", "RSA_PKCS8, TLSv1.2", "EC_SEC1, TLSv1.3", "EC_PKCS8, TLSv1.2"})
    void loadsEveryKeyFormatAndHandshakes(String format, String protocol) throws Exception {
        boolean rsa = format.startsWith("RSA");
        String certPem = rsa ? TestCerts.RSA_SHA256_CERT : TestCerts.EC_SHA384_CERT;
        String keyPem =
                switch (format) {
                    case "RSA_PKCS1" -> TestCerts.RSA_PKCS1_KEY;
                    case "RSA_PKCS8" -> TestCerts.RSA_PKCS8_KEY;
                    case "EC_SEC1" -> TestCerts.EC_SEC1_KEY;
                    default -> TestCerts.EC_PKCS8_KEY;
                };
        assertTrue(keyPem.contains(
                switch (format) {
                    case "RSA_PKCS1" -> "BEGIN RSA PRIVATE KEY";
                    case "EC_SEC1" -> "BEGIN EC PRIVATE KEY";
                    default -> "BEGIN PRIVATE KEY";
                }));
        ServerTls tls = load(certPem, keyPem);
        X509Certificate cert = TestCerts.certificate(certPem);
        assertEquals(cert, tls.serverCertificate());
        assertEquals(1, tls.certificateChain().size());

        SSLEngine client = TlsHandshake.client(cert, protocol);
        SSLEngine server = tls.forSslRequest().newEngine(UnpooledByteBufAllocator.DEFAULT);
        TlsHandshake.run(client, server);
        assertEquals(protocol, client.getSession().getProtocol());
        assertEquals(cert, client.getSession().getPeerCertificates()[0]);
    }

    @Test
    void directTlsNegotiatesPostgresqlAlpn() throws Exception {
        ServerTls tls = load(TestCerts.EC_SHA384_CERT, TestCerts.EC_SEC1_KEY);
        X509Certificate cert = tls.serverCertificate();
        SSLEngine client = TlsHandshake.client(cert, "TLSv1.3", "postgresql");
        SSLEngine server = tls.forDirectTls().newEngine(UnpooledByteBufAllocator.DEFAULT);
        TlsHandshake.run(client, server);
        assertEquals("postgresql", client.getApplicationProtocol());
        assertEquals("postgresql", server.getApplicationProtocol());
    }

    @Test
    void directTlsRefusesOtherAlpn() throws Exception {
        ServerTls tls = load(TestCerts.EC_SHA384_CERT, TestCerts.EC_SEC1_KEY);
        SSLEngine client = TlsHandshake.client(tls.serverCertificate(), "TLSv1.3", "http/1.1");
        SSLEngine server = tls.forDirectTls().newEngine(UnpooledByteBufAllocator.DEFAULT);
        assertThrows(SSLException.class, () -> TlsHandshake.run(client, server));
    }

    @Test
    void directTlsWithoutAlpnLeavesTheRefusalToTheCore() throws Exception {
        ServerTls tls = load(TestCerts.EC_SHA384_CERT, TestCerts.EC_SEC1_KEY);
        SSLEngine client = TlsHandshake.client(tls.serverCertificate(), "TLSv1.3");
        SSLEngine server = tls.forDirectTls().newEngine(UnpooledByteBufAllocator.DEFAULT);
        TlsHandshake.run(client, server);
        // the JDK completes the handshake; PostgreSQL 17 then refuses the connection, and so must the core
        assertTrue(
                server.getApplicationProtocol() == null
                        || server.getApplicationProtocol().isEmpty(),
                server.getApplicationProtocol());
    }

    @Test
    void missingFilesAreNamed() throws Exception {
        Path key = TestCerts.write(dir, "server.key", TestCerts.RSA_PKCS1_KEY);
        TlsSetupException e = assertThrows(
                TlsSetupException.class, () -> ServerTls.load(TlsConfig.fromPemFiles(dir.resolve("nope.crt"), key)));
        assertEquals(
                "could not load server certificate file \"" + dir.resolve("nope.crt") + "\": No such file or directory",
                e.getMessage());
        Path cert = TestCerts.write(dir, "server.crt", TestCerts.RSA_SHA256_CERT);
        e = assertThrows(
                TlsSetupException.class, () -> ServerTls.load(TlsConfig.fromPemFiles(cert, dir.resolve("nope.key"))));
        assertEquals(
                "could not load private key file \"" + dir.resolve("nope.key") + "\": No such file or directory",
                e.getMessage());
    }

    @Test
    void garbageAndMismatchesAreRefused() throws Exception {
        TlsSetupException e = assertThrows(TlsSetupException.class, () -> load("hello", TestCerts.RSA_PKCS1_KEY));
        assertTrue(e.getMessage().contains("no PEM certificate found"), e.getMessage());
        e = assertThrows(TlsSetupException.class, () -> load(TestCerts.RSA_SHA256_CERT, TestCerts.RSA_SHA256_CERT));
        assertTrue(e.getMessage().contains("no PEM private key found"), e.getMessage());
        e = assertThrows(TlsSetupException.class, () -> load(TestCerts.RSA_SHA256_CERT, TestCerts.EC_SEC1_KEY));
        assertTrue(e.getMessage().contains("does not match server certificate"), e.getMessage());
        e = assertThrows(
                TlsSetupException.class,
                () -> load(
                        TestCerts.RSA_SHA256_CERT,
                        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n" + "-----END ENCRYPTED PRIVATE KEY-----\n"));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }
}

package dev.tusk.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tusk.server.tls.TestCerts;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChannelBindingTest {

    @Test
    void rsaSha256CertificateIsHashedWithSha256() throws Exception {
        var cert = TestCerts.certificate(TestCerts.RSA_SHA256_CERT);
        assertEquals("SHA-256", ChannelBinding.hashAlgorithm(cert));
        assertEquals(TestCerts.RSA_SHA256_END_POINT, HexFormat.of().formatHex(ChannelBinding.tlsServerEndPoint(cert)));
    }

    @Test
    void ecSha384CertificateIsHashedWithSha384() throws Exception {
        var cert = TestCerts.certificate(TestCerts.EC_SHA384_CERT);
        assertEquals("SHA-384", ChannelBinding.hashAlgorithm(cert));
        assertEquals(TestCerts.EC_SHA384_END_POINT, HexFormat.of().formatHex(ChannelBinding.tlsServerEndPoint(cert)));
    }

    @Test
    void sha1SignatureIsHashedWithSha256() throws Exception {
        var cert = TestCerts.certificate(TestCerts.RSA_SHA1_CERT);
        assertEquals("SHA-256", ChannelBinding.hashAlgorithm(cert));
        assertEquals(TestCerts.RSA_SHA1_END_POINT, HexFormat.of().formatHex(ChannelBinding.tlsServerEndPoint(cert)));
    }
}

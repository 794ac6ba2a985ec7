package dev.tusk.server.tls;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * The server's loaded TLS identity as Netty contexts, for the server core: one for TLS after an SSLRequest,
 * one for PostgreSQL 17's direct TLS (ALPN {@code postgresql} required), and the certificate that SCRAM
 * channel binding hashes (pass {@link #serverCertificate()} as {@code AuthRequest.tlsServerCertificate}).
 */
public final class ServerTls {

    /** The ALPN protocol name of PostgreSQL's direct TLS; the core must check the handshake selected it. */
    public static final String ALPN_PROTOCOL = "postgresql";

    /** TLS versions offered, as PostgreSQL's default ssl_min_protocol_version TLSv1.2. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final List<X509Certificate> chain;
    private final SslContext forSslRequest;
    private final SslContext forDirectTls;

    private ServerTls(List<X509Certificate> chain, SslContext forSslRequest, SslContext forDirectTls) {
        this.chain = chain;
        this.forSslRequest = forSslRequest;
        this.forDirectTls = forDirectTls;
    }

    /**
     * Loads the certificate chain and key of {@code config}, checks that they belong together, and builds
     * the JDK-provider contexts.
     *
     * @throws TlsSetupException with a message naming the file when something is missing or wrong
     */
    public static ServerTls load(TlsConfig config) {
        List<X509Certificate> chain = List.copyOf(PemFiles.readCertificates(config.certificateChain()));
        PrivateKey key = PemFiles.readPrivateKey(config.privateKey());
        checkKeyMatches(key, chain.get(0).getPublicKey(), config);
        X509Certificate[] certs = chain.toArray(new X509Certificate[0]);
        try {
            SslContext plain = builder(key, certs).build();
            SslContext direct = builder(key, certs)
                    .applicationProtocolConfig(new ApplicationProtocolConfig(
                            ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.FATAL_ALERT,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.FATAL_ALERT,
                            ALPN_PROTOCOL))
                    .build();
            return new ServerTls(chain, plain, direct);
        } catch (SSLException | RuntimeException e) {
            throw new TlsSetupException(
                    "could not set up TLS with certificate \"" + config.certificateChain() + "\" and key \""
                            + config.privateKey() + "\": " + e.getMessage(),
                    e);
        }
    }

    private static SslContextBuilder builder(PrivateKey key, X509Certificate[] certs) {
        return SslContextBuilder.forServer(key, certs)
                .sslProvider(SslProvider.JDK)
                .protocols(PROTOCOLS)
                .clientAuth(ClientAuth.NONE);
    }

    /** Signs and verifies a probe, as OpenSSL's SSL_CTX_check_private_key does for PostgreSQL. */
    private static void checkKeyMatches(PrivateKey key, PublicKey publicKey, TlsConfig config) {
        String algorithm =
                switch (key.getAlgorithm()) {
                    case "RSA" -> "SHA256withRSA";
                    case "EC" -> "SHA256withECDSA";
                    case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm();
                    default -> null; // RSASSA-PSS and others: leave it to the handshake
                };
        if (algorithm == null) {
            return;
        }
        boolean ok;
        try {
            byte[] probe = "tusk key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] sig = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            ok = verifier.verify(sig);
        } catch (GeneralSecurityException e) {
            ok = false;
        }
        if (!ok) {
            throw new TlsSetupException("private key file \"" + config.privateKey()
                    + "\" does not match server certificate file \"" + config.certificateChain() + "\"");
        }
    }

    /** The context for TLS negotiated with an SSLRequest. */
    public SslContext forSslRequest() {
        return forSslRequest;
    }

    /**
     * The context for direct TLS (PostgreSQL 17's sslnegotiation=direct): ALPN with only {@code postgresql}.
     * A client that offers other protocols is refused by the handshake; one that sends no ALPN at all must be
     * refused by the core after the handshake (PostgreSQL does: check that the SslHandler's
     * applicationProtocol() is {@link #ALPN_PROTOCOL}).
     */
    public SslContext forDirectTls() {
        return forDirectTls;
    }

    /** The leaf certificate clients see, for SCRAM's tls-server-end-point channel binding. */
    public X509Certificate serverCertificate() {
        return chain.get(0);
    }

    /** The whole chain, leaf first. */
    public List<X509Certificate> certificateChain() {
        return chain;
    }
}

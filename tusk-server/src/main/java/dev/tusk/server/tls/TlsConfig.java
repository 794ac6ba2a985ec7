package dev.tusk.server.tls;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The server's TLS identity: a PEM certificate chain and a PEM private key (PKCS#8, or PKCS#1 RSA / SEC1
 * EC), as PostgreSQL's ssl_cert_file and ssl_key_file. The server core turns it into Netty contexts with
 * {@link ServerTls#load(TlsConfig)}.
 */
public record TlsConfig(Path certificateChain, Path privateKey) {

    public TlsConfig {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** TLS from a PEM certificate chain file and a PEM private key file. */
    public static TlsConfig fromPemFiles(Path certificateChain, Path privateKey) {
        return new TlsConfig(certificateChain, privateKey);
    }
}

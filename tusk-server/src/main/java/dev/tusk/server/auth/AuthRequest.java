package dev.tusk.server.auth;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Who is asking to log in: the user and database from the startup packet, the client's address, and, over
 * TLS, the server certificate the client saw (for SCRAM channel binding), or null without TLS.
 */
public record AuthRequest(
        String user, String database, InetSocketAddress remoteAddress, X509Certificate tlsServerCertificate) {

    public AuthRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(database, "database");
    }

    /** Whether the connection is encrypted. */
    public boolean isTls() {
        return tlsServerCertificate != null;
    }
}

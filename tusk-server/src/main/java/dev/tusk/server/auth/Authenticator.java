package dev.tusk.server.auth;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * How a server checks who a client is. One {@link AuthExchange} is begun per connection after the startup
 * packet; the server core drives it, sending its challenges and feeding it the client's answers. Factories
 * for PostgreSQL's methods: trust, password (cleartext), md5 and scram-sha-256 (with -PLUS over TLS).
 */
public interface Authenticator {

    /** Begins authenticating one connection. May block (for example to look up credentials). */
    AuthExchange begin(AuthRequest request);

    /** Everyone is let in without a password (PostgreSQL's {@code trust}). */
    static Authenticator trust() {
        return TrustAuthenticator.INSTANCE;
    }

    /**
     * PostgreSQL's {@code password}: the client sends its password in cleartext, checked against a plain
     * password, an md5 hash or a SCRAM verifier. Use it over TLS only.
     */
    static Authenticator cleartext(CredentialStore store) {
        return new CleartextAuthenticator(store);
    }

    /**
     * PostgreSQL's {@code md5}: a salted md5 challenge against a plain password or an md5 hash; users whose
     * secret is a SCRAM verifier are asked for SCRAM-SHA-256 instead, as PostgreSQL does.
     */
    static Authenticator md5(CredentialStore store) {
        return new Md5Authenticator(store, new SecureRandom());
    }

    /**
     * PostgreSQL's {@code scram-sha-256}: SCRAM-SHA-256, and SCRAM-SHA-256-PLUS with tls-server-end-point
     * channel binding over TLS; works with SCRAM verifiers and plain passwords (not md5 hashes).
     */
    static Authenticator scramSha256(CredentialStore store) {
        return new ScramAuthenticator(store, new SecureRandom());
    }

    /** The authenticator for a pg_hba.conf method ({@code store} is unused for trust). */
    static Authenticator forMethod(AuthMethod method, CredentialStore store) {
        Objects.requireNonNull(method, "method");
        return switch (method) {
            case TRUST -> trust();
            case PASSWORD -> cleartext(store);
            case MD5 -> md5(store);
            case SCRAM_SHA_256 -> scramSha256(store);
        };
    }
}

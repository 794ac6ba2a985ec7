package dev.tusk.server.auth;

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
}

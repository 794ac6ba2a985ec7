package dev.tusk.server.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Where an {@link Authenticator} finds a user's password, md5 hash or SCRAM verifier. */
@FunctionalInterface
public interface CredentialStore {

    /** The credentials of {@code user}, or null when there is no such user. May block. */
    Credentials lookup(String user);

    /**
     * Whether {@link #lookup(String)} may return {@link Credentials.PlainPassword}s. A SCRAM login with a
     * plain password costs a key derivation (PBKDF2, 4096 iterations), so SCRAM then spends the same on
     * unknown users, lest the response time tell which users exist. True unless overridden; a store of SCRAM
     * verifiers only may say false and save that work.
     */
    default boolean mayHoldPlainPasswords() {
        return true;
    }

    /** Users and their plain passwords (the map is copied). */
    static CredentialStore ofPasswords(Map<String, String> passwords) {
        Map<String, Credentials> m = new HashMap<>();
        passwords.forEach((user, password) ->
                m.put(Objects.requireNonNull(user, "user"), new Credentials.PlainPassword(password)));
        return Map.copyOf(m)::get;
    }

    /**
     * Users and stored secrets in any of the forms of PostgreSQL's {@code pg_authid.rolpassword} (a SCRAM
     * verifier, an md5 hash, or a plain password; see {@link Credentials#parse(String)}); parsed now, the
     * map is copied.
     */
    static CredentialStore ofSecrets(Map<String, String> secrets) {
        Map<String, Credentials> m = new HashMap<>();
        secrets.forEach((user, secret) -> m.put(Objects.requireNonNull(user, "user"), Credentials.parse(secret)));
        Map<String, Credentials> copy = Map.copyOf(m);
        boolean plain = copy.values().stream().anyMatch(c -> c instanceof Credentials.PlainPassword);
        return new CredentialStore() {
            @Override
            public Credentials lookup(String user) {
                return copy.get(user);
            }

            @Override
            public boolean mayHoldPlainPasswords() {
                return plain;
            }
        };
    }
}

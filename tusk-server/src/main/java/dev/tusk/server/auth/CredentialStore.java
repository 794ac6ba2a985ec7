package dev.tusk.server.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Where an {@link Authenticator} finds a user's password, md5 hash or SCRAM verifier. */
@FunctionalInterface
public interface CredentialStore {

    /** The credentials of {@code user}, or null when there is no such user. May block. */
    Credentials lookup(String user);

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
        return Map.copyOf(m)::get;
    }
}

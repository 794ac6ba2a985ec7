package dev.tusk.server.auth;

import java.util.Locale;

/** The password methods of PostgreSQL's pg_hba.conf that Tusk implements, by their pg_hba.conf names. */
public enum AuthMethod {
    /** {@code trust}: no password. */
    TRUST("trust"),
    /** {@code password}: the password in cleartext (use it only over TLS). */
    PASSWORD("password"),
    /** {@code md5}: a salted md5 challenge; SCRAM-SHA-256 for users whose secret is a SCRAM verifier. */
    MD5("md5"),
    /** {@code scram-sha-256}: SCRAM-SHA-256, with channel binding (SCRAM-SHA-256-PLUS) over TLS. */
    SCRAM_SHA_256("scram-sha-256");

    private final String hbaName;

    AuthMethod(String hbaName) {
        this.hbaName = hbaName;
    }

    /** The name in pg_hba.conf. */
    public String hbaName() {
        return hbaName;
    }

    /**
     * The method with this pg_hba.conf name (case-insensitive, as PostgreSQL's parser is not: it wants lower
     * case, but an embedder's configuration may be friendlier).
     *
     * @throws IllegalArgumentException for other names, including methods Tusk does not implement
     */
    public static AuthMethod fromHbaName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (AuthMethod m : values()) {
            if (m.hbaName.equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unsupported authentication method \"" + name + "\" (supported: trust, password, md5, scram-sha-256)");
    }
}

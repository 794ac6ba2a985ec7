package dev.tusk.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a {@link CredentialStore} knows about one user's password: the password itself, PostgreSQL's md5
 * hash of it, or a SCRAM-SHA-256 verifier, in the same three forms as PostgreSQL's
 * {@code pg_authid.rolpassword}.
 */
public sealed interface Credentials {

    /**
     * Recognises a stored secret as PostgreSQL does ({@code get_password_type}): {@code md5} followed by 32
     * lower-case hex digits is an md5 hash, a well-formed {@code SCRAM-SHA-256$...} string is a SCRAM
     * verifier, and anything else is a plain password.
     */
    static Credentials parse(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (Md5Password.isMd5(secret)) {
            return new Md5Password(secret);
        }
        ScramVerifier verifier = ScramVerifier.tryParse(secret);
        if (verifier != null) {
            return verifier;
        }
        return new PlainPassword(secret);
    }

    /** A password kept as is (PostgreSQL itself never stores these any more; embedders often do). */
    record PlainPassword(String password) implements Credentials {
        public PlainPassword {
            Objects.requireNonNull(password, "password");
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "PlainPassword[<redacted>]";
        }
    }

    /**
     * PostgreSQL's md5 secret: {@code "md5" + hex(md5(password || user))}, 35 characters, hex in lower case.
     */
    record Md5Password(String hash) implements Credentials {
        public Md5Password {
            Objects.requireNonNull(hash, "hash");
            if (!isMd5(hash)) {
                throw new IllegalArgumentException("an md5 secret is \"md5\" followed by 32 lower-case hex digits");
            }
        }

        /** The md5 secret PostgreSQL stores for {@code user} with {@code password}. */
        public static Md5Password fromPassword(String password, String user) {
            return new Md5Password("md5" + md5Hex(concat(utf8(password), utf8(user))));
        }

        static boolean isMd5(String s) {
            if (s.length() != 35 || !s.startsWith("md5")) {
                return false;
            }
            for (int i = 3; i < 35; i++) {
                char c = s.charAt(i);
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                    return false;
                }
            }
            return true;
        }

        /** The answer a client gives to AuthenticationMD5Password with this salt: {@code "md5" + hex(md5(hex || salt))}. */
        String response(byte[] salt) {
            return "md5" + md5Hex(concat(hash.substring(3).getBytes(StandardCharsets.US_ASCII), salt));
        }

        /** Never shows the hash. */
        @Override
        public String toString() {
            return "Md5Password[<redacted>]";
        }

        static String md5Hex(byte[] data) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("MD5 is missing from this JVM", e);
            }
        }
    }

    /**
     * A SCRAM-SHA-256 verifier as PostgreSQL stores it: the iteration count, the salt, StoredKey and
     * ServerKey (RFC 5802). {@link #toString()} gives {@code SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>}.
     */
    record ScramVerifier(int iterations, byte[] salt, byte[] storedKey, byte[] serverKey) implements Credentials {

        /** PostgreSQL's default (scram_iterations) and salt length. */
        public static final int DEFAULT_ITERATIONS = 4096;

        static final int SALT_LENGTH = 16;
        private static final String PREFIX = "SCRAM-SHA-256$";

        public ScramVerifier {
            if (iterations <= 0) {
                throw new IllegalArgumentException("iterations must be positive: " + iterations);
            }
            Objects.requireNonNull(salt, "salt");
            if (salt.length == 0) {
                throw new IllegalArgumentException("empty salt");
            }
            if (storedKey.length != Scram.KEY_LENGTH || serverKey.length != Scram.KEY_LENGTH) {
                throw new IllegalArgumentException("StoredKey and ServerKey have 32 bytes");
            }
            salt = salt.clone();
            storedKey = storedKey.clone();
            serverKey = serverKey.clone();
        }

        /**
         * Parses PostgreSQL's {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>} (base64).
         *
         * @throws IllegalArgumentException if {@code secret} is not in that form
         */
        public static ScramVerifier parse(String secret) {
            ScramVerifier v = tryParse(secret);
            if (v == null) {
                throw new IllegalArgumentException("not a SCRAM-SHA-256 secret");
            }
            return v;
        }

        static ScramVerifier tryParse(String s) {
            if (!s.startsWith(PREFIX)) {
                return null;
            }
            String rest = s.substring(PREFIX.length());
            int dollar = rest.indexOf('$');
            if (dollar < 0) {
                return null;
            }
            String[] first = rest.substring(0, dollar).split(":", -1);
            String[] second = rest.substring(dollar + 1).split(":", -1);
            if (first.length != 2 || second.length != 2) {
                return null;
            }
            try {
                if (first[0].isEmpty() || !first[0].chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return null;
                }
                int iterations = Integer.parseInt(first[0]);
                Base64.Decoder b64 = Base64.getDecoder();
                return new ScramVerifier(
                        iterations, b64.decode(first[1]), b64.decode(second[0]), b64.decode(second[1]));
            } catch (IllegalArgumentException e) { // bad number, bad base64, wrong key length
                return null;
            }
        }

        /**
         * A verifier for {@code password} with a fresh 16-byte salt, as PostgreSQL's {@code CREATE ROLE ...
         * PASSWORD} builds it under {@code password_encryption = scram-sha-256}: the password goes through
         * SASLprep ({@link SaslPrep}) first, and as is when SASLprep refuses it.
         */
        public static ScramVerifier fromPassword(String password, int iterations, SecureRandom random) {
            byte[] salt = new byte[SALT_LENGTH];
            random.nextBytes(salt);
            return fromPassword(password, iterations, salt);
        }

        /** A verifier for {@code password} with the given salt (see {@link #fromPassword(String, int, SecureRandom)}). */
        public static ScramVerifier fromPassword(String password, int iterations, byte[] salt) {
            return fromSaltedPassword(
                    Scram.saltedPassword(SaslPrep.prepareOrRaw(password), salt, iterations), iterations, salt);
        }

        /** A verifier from SaltedPassword = Hi(password, salt, iterations), which is zeroed afterwards. */
        static ScramVerifier fromSaltedPassword(byte[] salted, int iterations, byte[] salt) {
            try {
                byte[] clientKey = Scram.hmac(salted, Scram.CLIENT_KEY);
                return new ScramVerifier(
                        iterations, salt, Scram.sha256(clientKey), Scram.hmac(salted, Scram.SERVER_KEY));
            } finally {
                Arrays.fill(salted, (byte) 0);
            }
        }

        /** The salt (a copy). */
        @Override
        public byte[] salt() {
            return salt.clone();
        }

        /** StoredKey = H(ClientKey) (a copy). */
        @Override
        public byte[] storedKey() {
            return storedKey.clone();
        }

        /** ServerKey = HMAC(SaltedPassword, "Server Key") (a copy). */
        @Override
        public byte[] serverKey() {
            return serverKey.clone();
        }

        /** Whether {@code password} is the one this verifier was made from (constant-time comparison). */
        public boolean matches(String password) {
            byte[] salted = Scram.saltedPassword(SaslPrep.prepareOrRaw(password), salt, iterations);
            try {
                return MessageDigest.isEqual(Scram.hmac(salted, Scram.SERVER_KEY), serverKey);
            } finally {
                Arrays.fill(salted, (byte) 0);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScramVerifier v
                    && iterations == v.iterations
                    && Arrays.equals(salt, v.salt)
                    && Arrays.equals(storedKey, v.storedKey)
                    && Arrays.equals(serverKey, v.serverKey);
        }

        @Override
        public int hashCode() {
            return 31 * iterations + Arrays.hashCode(storedKey);
        }

        /** PostgreSQL's text form, {@code SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>}. */
        @Override
        public String toString() {
            Base64.Encoder b64 = Base64.getEncoder();
            return PREFIX + iterations + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey) + ":"
                    + b64.encodeToString(serverKey);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

package dev.tusk.server.auth;

import dev.tusk.protocol.SqlState;
import dev.tusk.protocol.backend.AuthenticationSASL;
import dev.tusk.protocol.backend.AuthenticationSASLContinue;
import dev.tusk.protocol.backend.AuthenticationSASLFinal;
import dev.tusk.protocol.codec.AuthResponseKind;
import dev.tusk.protocol.frontend.FrontendMessage;
import dev.tusk.protocol.frontend.SASLInitialResponse;
import dev.tusk.protocol.frontend.SASLResponse;
import dev.tusk.server.auth.Credentials.ScramVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * SCRAM-SHA-256 and SCRAM-SHA-256-PLUS (RFC 5802, RFC 7677) as PostgreSQL's {@code auth-scram.c} implements
 * them, with the same checks and error texts. Users without a usable verifier (unknown, md5 secret, empty
 * password) go through a mock exchange with a salt derived from the user name and a per-authenticator
 * secret, and fail at the end exactly as a wrong password does. Plain passwords get a verifier computed on
 * the fly with that same deterministic salt; when the store may hold plain passwords, the mock exchange does
 * the same key derivation (over a dummy password), so a login costs the same whether the user exists or not.
 */
final class ScramAuthenticator implements Authenticator {

    static final String SCRAM_SHA_256 = "SCRAM-SHA-256";
    static final String SCRAM_SHA_256_PLUS = "SCRAM-SHA-256-PLUS";
    private static final int RAW_NONCE_LENGTH = 18;

    private static final byte[] MOCK_PASSWORD = "tusk-scram-mock".getBytes(StandardCharsets.US_ASCII);

    private final CredentialStore store;
    private final Supplier<String> nonces;
    private final byte[] mockSecret;
    private final KeyDerivation derivation;

    /** Hi(password, salt, i), as the authenticator calls it; tests count the calls. */
    @FunctionalInterface
    interface KeyDerivation {
        byte[] saltedPassword(byte[] password, byte[] salt, int iterations);
    }

    ScramAuthenticator(CredentialStore store, SecureRandom random) {
        this(store, defaultNonces(random), randomSecret(random));
    }

    /** For tests: a fixed server nonce source and mock secret. */
    ScramAuthenticator(CredentialStore store, Supplier<String> nonces, byte[] mockSecret) {
        this(store, nonces, mockSecret, Scram::saltedPassword);
    }

    /** For tests: also the key derivation. */
    ScramAuthenticator(CredentialStore store, Supplier<String> nonces, byte[] mockSecret, KeyDerivation derivation) {
        this.store = Objects.requireNonNull(store, "store");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.mockSecret = mockSecret.clone();
        this.derivation = Objects.requireNonNull(derivation, "derivation");
    }

    private static Supplier<String> defaultNonces(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        return () -> {
            byte[] raw = new byte[RAW_NONCE_LENGTH];
            random.nextBytes(raw);
            return Base64.getEncoder().encodeToString(raw);
        };
    }

    private static byte[] randomSecret(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return secret;
    }

    @Override
    public AuthExchange begin(AuthRequest request) {
        return exchange(request, store.lookup(request.user()));
    }

    /** An exchange for credentials already looked up (also used by md5 for users with SCRAM verifiers). */
    AuthExchange exchange(AuthRequest request, Credentials credentials) {
        ScramVerifier verifier = null;
        if (credentials instanceof ScramVerifier v) {
            verifier = v;
        } else if (credentials instanceof Credentials.PlainPassword p
                && !p.password().isEmpty()) {
            verifier = verifierFor(SaslPrep.prepareOrRaw(p.password()), mockSalt(request.user()));
        }
        if (verifier == null && store.mayHoldPlainPasswords()) {
            // the work a plain password costs, thrown away: the time taken must not tell whether the user exists
            verifierFor(MOCK_PASSWORD, mockSalt(request.user()));
        }
        byte[] cbindData = null;
        if (request.isTls()) {
            try {
                cbindData = ChannelBinding.tlsServerEndPoint(request.tlsServerCertificate());
            } catch (IllegalArgumentException e) {
                cbindData = null; // a certificate without a usable hash: no -PLUS offered
            }
        }
        return new Exchange(request.user(), verifier, cbindData);
    }

    private ScramVerifier verifierFor(byte[] password, byte[] salt) {
        int iterations = ScramVerifier.DEFAULT_ITERATIONS;
        return ScramVerifier.fromSaltedPassword(
                derivation.saltedPassword(password, salt, iterations), iterations, salt);
    }

    /** PostgreSQL's scram_mock_salt: H(user || secret), cut to the salt length. */
    byte[] mockSalt(String user) {
        byte[] h = Scram.sha256(user.getBytes(StandardCharsets.UTF_8), mockSecret);
        return Arrays.copyOf(h, Credentials.ScramVerifier.SALT_LENGTH);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private enum State {
        INIT,
        AWAIT_CLIENT_FIRST,
        AWAIT_CLIENT_FINAL,
        DONE
    }

    private final class Exchange implements AuthExchange {
        private final String user;
        private final boolean doomed;
        private final int iterations;
        private final byte[] salt;
        private final byte[] storedKey;
        private final byte[] serverKey;
        private final byte[] cbindData;

        private State state = State.INIT;
        private boolean channelBindingInUse;
        private char cbindFlag;
        private String gs2Header;
        private String clientFirstBare;
        private String clientNonce;
        private String serverFirst;
        private String serverNonce;

        Exchange(String user, ScramVerifier verifier, byte[] cbindData) {
            this.user = user;
            this.cbindData = cbindData;
            if (verifier != null) {
                doomed = false;
                iterations = verifier.iterations();
                salt = verifier.salt();
                storedKey = verifier.storedKey();
                serverKey = verifier.serverKey();
            } else {
                doomed = true;
                iterations = ScramVerifier.DEFAULT_ITERATIONS;
                salt = mockSalt(user);
                storedKey = new byte[Scram.KEY_LENGTH];
                serverKey = new byte[Scram.KEY_LENGTH];
            }
        }

        private boolean offersPlus() {
            return cbindData != null;
        }

        @Override
        public AuthStep start() {
            state = State.INIT;
            List<String> mechanisms =
                    offersPlus() ? List.of(SCRAM_SHA_256_PLUS, SCRAM_SHA_256) : List.of(SCRAM_SHA_256);
            return new AuthStep.Challenge(new AuthenticationSASL(mechanisms), AuthResponseKind.SASL_INITIAL);
        }

        @Override
        public AuthStep respond(FrontendMessage response) {
            try {
                return switch (state) {
                    case INIT -> {
                        if (!(response instanceof SASLInitialResponse initial)) {
                            yield AuthErrors.unexpected("SASL response", response);
                        }
                        yield initial(initial);
                    }
                    case AWAIT_CLIENT_FIRST -> {
                        if (!(response instanceof SASLResponse r)) {
                            yield AuthErrors.unexpected("SASL response", response);
                        }
                        yield clientFirst(r.data());
                    }
                    case AWAIT_CLIENT_FINAL -> {
                        if (!(response instanceof SASLResponse r)) {
                            yield AuthErrors.unexpected("SASL response", response);
                        }
                        yield clientFinal(r.data());
                    }
                    case DONE -> AuthErrors.unexpected("nothing", response);
                };
            } catch (ScramParseException e) {
                state = State.DONE;
                return e.failure;
            }
        }

        private AuthStep initial(SASLInitialResponse initial) {
            if (initial.mechanism().equals(SCRAM_SHA_256_PLUS) && offersPlus()) {
                channelBindingInUse = true;
            } else if (initial.mechanism().equals(SCRAM_SHA_256)) {
                channelBindingInUse = false;
            } else {
                state = State.DONE;
                return AuthErrors.fail(
                        SqlState.PROTOCOL_VIOLATION, "client selected an invalid SASL authentication mechanism", null);
            }
            if (initial.data() == null) {
                // no initial response: ask for the client-first-message with an empty challenge
                state = State.AWAIT_CLIENT_FIRST;
                return new AuthStep.Challenge(new AuthenticationSASLContinue(new byte[0]), AuthResponseKind.SASL);
            }
            return clientFirst(initial.data());
        }

        private AuthStep clientFirst(byte[] data) {
            Reader in = new Reader(new String(data, StandardCharsets.UTF_8));
            char flag = in.peek();
            switch (flag) {
                case 'p' -> {
                    if (!channelBindingInUse) {
                        throw malformed("The client selected SCRAM-SHA-256 without channel binding, but the SCRAM"
                                + " message includes channel binding data.");
                    }
                    String type = in.attribute('p');
                    if (!type.equals(ChannelBinding.TLS_SERVER_END_POINT)) {
                        throw new ScramParseException(AuthErrors.fail(
                                SqlState.PROTOCOL_VIOLATION,
                                "unsupported SCRAM channel-binding type \"" + sanitize(type) + "\"",
                                null));
                    }
                }
                case 'y', 'n' -> {
                    if (channelBindingInUse) {
                        throw malformed("The client selected SCRAM-SHA-256-PLUS, but the SCRAM message does not"
                                + " include channel binding data.");
                    }
                    if (flag == 'y' && offersPlus()) {
                        throw new ScramParseException(AuthErrors.fail(
                                SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                                "SCRAM channel binding negotiation error",
                                "The client supports SCRAM channel binding but thinks the server does not.  However,"
                                        + " this server does support channel binding."));
                    }
                    in.next();
                    if (in.next() != ',') {
                        throw malformed("Comma expected, but found character \"" + in.lastAsText() + "\".");
                    }
                }
                default -> throw malformed("Unexpected channel-binding flag \"" + sanitize(in.rest()) + "\".");
            }
            cbindFlag = flag;
            if (in.peek() == 'a') {
                throw new ScramParseException(AuthErrors.fail(
                        SqlState.FEATURE_NOT_SUPPORTED,
                        "client uses authorization identity, but it is not supported",
                        null));
            }
            if (in.peek() != ',') {
                throw malformed("Unexpected attribute \"" + in.peekAsText() + "\" in client-first-message.");
            }
            in.next();
            gs2Header = in.consumed();
            clientFirstBare = in.rest();
            if (in.peek() == 'm') {
                throw new ScramParseException(AuthErrors.fail(
                        SqlState.FEATURE_NOT_SUPPORTED, "client requires an unsupported SCRAM extension", null));
            }
            in.attribute('n'); // the user name: PostgreSQL uses the startup packet's, and so do we
            clientNonce = in.attribute('r');
            if (clientNonce.isEmpty() || !isPrintable(clientNonce)) {
                throw malformed("Could not parse the client nonce.");
            }
            while (!in.atEnd()) {
                in.anyAttribute(); // extensions are ignored
            }
            serverNonce = nonces.get();
            serverFirst = "r=" + clientNonce + serverNonce + ",s=" + b64(salt) + ",i=" + iterations;
            state = State.AWAIT_CLIENT_FINAL;
            return new AuthStep.Challenge(
                    new AuthenticationSASLContinue(serverFirst.getBytes(StandardCharsets.UTF_8)),
                    AuthResponseKind.SASL);
        }

        private AuthStep clientFinal(byte[] data) {
            state = State.DONE;
            Reader in = new Reader(new String(data, StandardCharsets.UTF_8));
            String cbind = in.attribute('c');
            if (channelBindingInUse) {
                byte[] got = decode(cbind, "Malformed channel binding data in client-final-message.");
                byte[] header = gs2Header.getBytes(StandardCharsets.UTF_8);
                byte[] expected = Arrays.copyOf(header, header.length + cbindData.length);
                System.arraycopy(cbindData, 0, expected, header.length, cbindData.length);
                if (!MessageDigest.isEqual(got, expected)) {
                    return AuthErrors.fail(SqlState.PROTOCOL_VIOLATION, "SCRAM channel binding check failed", null);
                }
            } else if (!((cbind.equals("biws") && cbindFlag == 'n') || (cbind.equals("eSws") && cbindFlag == 'y'))) {
                return AuthErrors.fail(
                        SqlState.PROTOCOL_VIOLATION,
                        "unexpected SCRAM channel-binding attribute in client-final-message",
                        null);
            }
            String finalNonce = in.attribute('r');
            int proofStart;
            char attr;
            String value;
            do {
                proofStart = in.position();
                attr = in.peek();
                value = in.anyAttribute();
            } while (attr != 'p');
            byte[] proof = decode(value, "Malformed proof in client-final-message.");
            if (proof.length != Scram.KEY_LENGTH) {
                throw malformed("Malformed proof in client-final-message.");
            }
            if (!in.atEnd()) {
                throw malformed("Garbage found at the end of client-final-message.");
            }
            String withoutProof = in.text().substring(0, Math.max(0, proofStart - 1));
            if (!MessageDigest.isEqual(
                    finalNonce.getBytes(StandardCharsets.UTF_8),
                    (clientNonce + serverNonce).getBytes(StandardCharsets.UTF_8))) {
                throw malformed("Nonce does not match.");
            }
            byte[] authMessage =
                    (clientFirstBare + "," + serverFirst + "," + withoutProof).getBytes(StandardCharsets.UTF_8);
            byte[] clientKey = Scram.xor(proof, Scram.hmac(storedKey, authMessage));
            boolean proofOk = MessageDigest.isEqual(Scram.sha256(clientKey), storedKey);
            if (doomed || !proofOk) {
                return AuthErrors.passwordFailed(user);
            }
            String serverFinal = "v=" + b64(Scram.hmac(serverKey, authMessage));
            return new AuthStep.Success(new AuthenticationSASLFinal(serverFinal.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static byte[] decode(String b64, String detail) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw malformed(detail);
        }
    }

    private static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7E || c == ',') {
                return false;
            }
        }
        return true;
    }

    /** PostgreSQL's sanitize_str: non-printable characters shown as '?', cut at 30 characters. */
    private static String sanitize(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 30; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return b.toString();
    }

    private static ScramParseException malformed(String detail) {
        return new ScramParseException(AuthErrors.malformedScram(detail));
    }

    /** Ends an exchange with a failure from deep inside parsing. */
    private static final class ScramParseException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient AuthStep.Failure failure;

        ScramParseException(AuthStep.Failure failure) {
            super(failure.error().getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    /** A cursor over a SCRAM message: {@code attr=value} pairs separated by commas. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        int position() {
            return pos;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return atEnd() ? '\0' : text.charAt(pos);
        }

        String peekAsText() {
            return atEnd() ? "" : sanitize(String.valueOf(peek()));
        }

        char next() {
            return atEnd() ? '\0' : text.charAt(pos++);
        }

        String lastAsText() {
            return pos == 0 || pos > text.length() ? "" : sanitize(text.substring(pos - 1, pos));
        }

        String consumed() {
            return text.substring(0, pos);
        }

        String rest() {
            return text.substring(Math.min(pos, text.length()));
        }

        /** PostgreSQL's read_attr_value: {@code attr=value}, then the comma if any. */
        String attribute(char attr) {
            if (peek() != attr) {
                throw malformed("Expected attribute \"" + attr + "\" but found \"" + sanitize(rest()) + "\".");
            }
            next();
            if (next() != '=') {
                throw malformed("Expected character \"=\" for attribute \"" + attr + "\".");
            }
            return value();
        }

        /** PostgreSQL's read_any_attr. */
        String anyAttribute() {
            if (atEnd()) {
                throw malformed("Attribute expected, but found end of string.");
            }
            char attr = next();
            if (!((attr >= 'A' && attr <= 'Z') || (attr >= 'a' && attr <= 'z'))) {
                throw malformed(
                        "Attribute expected, but found invalid character \"" + sanitize(String.valueOf(attr)) + "\".");
            }
            if (next() != '=') {
                throw malformed("Expected character \"=\" for attribute \"" + attr + "\".");
            }
            return value();
        }

        private String value() {
            int end = text.indexOf(',', pos);
            String v;
            if (end < 0) {
                v = text.substring(pos);
                pos = text.length();
            } else {
                v = text.substring(pos, end);
                pos = end + 1;
            }
            return v;
        }
    }
}

package dev.tusk.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tusk.protocol.backend.AuthenticationSASL;
import dev.tusk.protocol.backend.AuthenticationSASLContinue;
import dev.tusk.protocol.backend.AuthenticationSASLFinal;
import dev.tusk.protocol.codec.AuthResponseKind;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.protocol.frontend.SASLInitialResponse;
import dev.tusk.protocol.frontend.SASLResponse;
import dev.tusk.server.api.PgException;
import dev.tusk.server.tls.TestCerts;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScramAuthenticatorTest {

    private static final String PG_ALICE = CredentialsTest.PG15_SECRET_VERIFIER;
    private static final CredentialStore STORE = CredentialStore.ofSecrets(Map.of(
            "alice", PG_ALICE,
            "bob", "md521f3163f8f86fa10bdefbfbd502a8f06",
            "carol", "plainpw"));

    private static AuthRequest request(String user) {
        return new AuthRequest(user, "db", null, null);
    }

    private static AuthRequest tlsRequest(String user, X509Certificate cert) {
        return new AuthRequest(user, "db", null, cert);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(AuthStep step) {
        AuthStep.Challenge c = assertInstanceOf(AuthStep.Challenge.class, step);
        assertEquals(AuthResponseKind.SASL, c.expect());
        return new String(
                assertInstanceOf(AuthenticationSASLContinue.class, c.message()).data(), StandardCharsets.UTF_8);
    }

    private static PgException failure(AuthStep step) {
        PgException e = assertInstanceOf(AuthStep.Failure.class, step).error();
        assertEquals("FATAL", e.severity());
        return e;
    }

    @Test
    void rfc7677TestVector() {
        Credentials.ScramVerifier v = Credentials.ScramVerifier.fromPassword(
                "pencil", 4096, Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="));
        ScramAuthenticator auth = new ScramAuthenticator(
                user -> user.equals("user") ? v : null, () -> "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0", new byte[32]);
        AuthExchange x = auth.begin(request("user"));
        AuthStep.Challenge start = assertInstanceOf(AuthStep.Challenge.class, x.start());
        assertEquals(new AuthenticationSASL(List.of("SCRAM-SHA-256")), start.message());
        assertEquals(AuthResponseKind.SASL_INITIAL, start.expect());
        String serverFirst =
                text(x.respond(new SASLInitialResponse("SCRAM-SHA-256", utf8("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"))));
        assertEquals(
                "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", serverFirst);
        AuthStep done = x.respond(new SASLResponse(utf8("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")));
        AuthStep.Success ok = assertInstanceOf(AuthStep.Success.class, done);
        assertEquals(
                "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
                new String(
                        assertInstanceOf(AuthenticationSASLFinal.class, ok.finalMessage())
                                .data(),
                        StandardCharsets.UTF_8));
    }

    /** Runs a whole exchange with the test client; the last step. */
    static AuthStep exchange(Authenticator auth, AuthRequest req, String mechanism, ScramTestClient client)
            throws Exception {
        AuthExchange x = auth.begin(req);
        x.start();
        AuthStep first = x.respond(new SASLInitialResponse(mechanism, client.clientFirst()));
        if (!(first instanceof AuthStep.Challenge c)) {
            return first;
        }
        byte[] serverFirst = ((AuthenticationSASLContinue) c.message()).data();
        return x.respond(new SASLResponse(client.clientFinal(serverFirst)));
    }

    @Test
    void fullExchangeWithPostgresVerifier() throws Exception {
        ScramTestClient client = ScramTestClient.plain("secret");
        AuthStep step = exchange(Authenticator.scramSha256(STORE), request("alice"), "SCRAM-SHA-256", client);
        AuthStep.Success ok = assertInstanceOf(AuthStep.Success.class, step);
        assertEquals(
                client.expectedServerFinal(),
                new String(((AuthenticationSASLFinal) ok.finalMessage()).data(), StandardCharsets.UTF_8));
    }

    @Test
    void plainPasswordWorksWithScram() throws Exception {
        assertInstanceOf(
                AuthStep.Success.class,
                exchange(
                        Authenticator.scramSha256(STORE),
                        request("carol"),
                        "SCRAM-SHA-256",
                        ScramTestClient.plain("plainpw")));
    }

    @Test
    void wrongPasswordUnknownUserAndMd5SecretFailAlike() throws Exception {
        Authenticator auth = Authenticator.scramSha256(STORE);
        for (String user : List.of("alice", "nobody", "bob", "carol")) {
            PgException e = failure(exchange(auth, request(user), "SCRAM-SHA-256", ScramTestClient.plain("wrong")));
            assertEquals("28P01", e.sqlState());
            assertEquals("password authentication failed for user \"" + user + "\"", e.getMessage());
            assertEquals(null, e.detail());
        }
    }

    @Test
    void unknownUserCostsTheSameKeyDerivationAsAPlainPassword() throws Exception {
        List<String> calls = new ArrayList<>();
        byte[] secret = {1, 2, 3};
        ScramAuthenticator.KeyDerivation counting = (password, salt, iterations) -> {
            calls.add(Base64.getEncoder().encodeToString(salt) + "/" + iterations);
            return Scram.saltedPassword(password, salt, iterations);
        };
        ScramAuthenticator auth = new ScramAuthenticator(STORE, () -> "NONCE", secret, counting);
        // carol has a plain password: one derivation; nobody (unknown) and bob (md5 secret) get the mock
        // exchange, which must do the same derivation with the mock salt; alice's verifier needs none
        for (String user : List.of("carol", "nobody", "bob", "alice")) {
            calls.clear();
            exchange(auth, request(user), "SCRAM-SHA-256", ScramTestClient.plain("wrong"));
            int expected = user.equals("alice") ? 0 : 1;
            assertEquals(expected, calls.size(), user);
            if (expected == 1) {
                String salt = Base64.getEncoder().encodeToString(auth.mockSalt(user));
                assertEquals(List.of(salt + "/4096"), calls, user);
            }
        }
        // a store that holds no plain password: neither a known nor an unknown user costs a derivation
        CredentialStore verifiersOnly = CredentialStore.ofSecrets(Map.of("alice", PG_ALICE));
        ScramAuthenticator lean = new ScramAuthenticator(verifiersOnly, () -> "NONCE", secret, counting);
        calls.clear();
        exchange(lean, request("nobody"), "SCRAM-SHA-256", ScramTestClient.plain("wrong"));
        exchange(lean, request("alice"), "SCRAM-SHA-256", ScramTestClient.plain("wrong"));
        assertEquals(List.of(), calls);
    }

    @Test
    void unknownUserGetsAStableSaltAndTheDefaultIterations() {
        ScramAuthenticator auth = new ScramAuthenticator(STORE, () -> "NONCE", new byte[] {1, 2, 3});
        String a = firstMessage(auth, "nobody");
        assertEquals(a, firstMessage(auth, "nobody"));
        assertNotEquals(a, firstMessage(auth, "somebody"));
        assertEquals(",i=4096", a.substring(a.lastIndexOf(',')));
        // the salt depends on the server secret too
        assertNotEquals(a, firstMessage(new ScramAuthenticator(STORE, () -> "NONCE", new byte[] {9}), "nobody"));
    }

    private static String firstMessage(Authenticator auth, String user) {
        AuthExchange x = auth.begin(request(user));
        x.start();
        return text(x.respond(new SASLInitialResponse("SCRAM-SHA-256", utf8("n,,n=,r=abc"))));
    }

    @Test
    void tlsOffersPlusFirst() throws Exception {
        X509Certificate cert = TestCerts.certificate(TestCerts.RSA_SHA256_CERT);
        AuthStep.Challenge c = assertInstanceOf(
                AuthStep.Challenge.class,
                Authenticator.scramSha256(STORE)
                        .begin(tlsRequest("alice", cert))
                        .start());
        assertEquals(new AuthenticationSASL(List.of("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256")), c.message());
    }

    @Test
    void channelBindingSucceedsWithTheRightCertificateHash() throws Exception {
        X509Certificate cert = TestCerts.certificate(TestCerts.EC_SHA384_CERT);
        byte[] hash = ChannelBinding.tlsServerEndPoint(cert);
        ScramTestClient client = new ScramTestClient("secret", "abcdef", "p=tls-server-end-point,,", hash);
        assertInstanceOf(
                AuthStep.Success.class,
                exchange(Authenticator.scramSha256(STORE), tlsRequest("alice", cert), "SCRAM-SHA-256-PLUS", client));
    }

    @Test
    void channelBindingFailsWithAnotherCertificate() throws Exception {
        X509Certificate cert = TestCerts.certificate(TestCerts.EC_SHA384_CERT);
        byte[] other = ChannelBinding.tlsServerEndPoint(TestCerts.certificate(TestCerts.RSA_SHA256_CERT));
        ScramTestClient client = new ScramTestClient("secret", "abcdef", "p=tls-server-end-point,,", other);
        PgException e = failure(
                exchange(Authenticator.scramSha256(STORE), tlsRequest("alice", cert), "SCRAM-SHA-256-PLUS", client));
        assertEquals("08P01", e.sqlState());
        assertEquals("SCRAM channel binding check failed", e.getMessage());
    }

    @Test
    void clientThatThinksTheServerCannotBindFailsOverTls() throws Exception {
        X509Certificate cert = TestCerts.certificate(TestCerts.RSA_SHA256_CERT);
        ScramTestClient y = new ScramTestClient("secret", "abcdef", "y,,", new byte[0]);
        PgException e =
                failure(exchange(Authenticator.scramSha256(STORE), tlsRequest("alice", cert), "SCRAM-SHA-256", y));
        assertEquals("28000", e.sqlState());
        assertEquals("SCRAM channel binding negotiation error", e.getMessage());
        // without TLS the server offered no binding: 'y' is fine
        assertInstanceOf(
                AuthStep.Success.class,
                exchange(
                        Authenticator.scramSha256(STORE),
                        request("alice"),
                        "SCRAM-SHA-256",
                        new ScramTestClient("secret", "abcdef", "y,,", new byte[0])));
        // and 'n' over TLS is the client's choice
        assertInstanceOf(
                AuthStep.Success.class,
                exchange(
                        Authenticator.scramSha256(STORE),
                        tlsRequest("alice", cert),
                        "SCRAM-SHA-256",
                        ScramTestClient.plain("secret")));
    }

    @Test
    void plusWithoutTlsIsAnInvalidMechanism() throws Exception {
        PgException e = failure(exchange(
                Authenticator.scramSha256(STORE),
                request("alice"),
                "SCRAM-SHA-256-PLUS",
                ScramTestClient.plain("secret")));
        assertEquals("08P01", e.sqlState());
        assertEquals("client selected an invalid SASL authentication mechanism", e.getMessage());
    }

    @Test
    void bindingFlagMustMatchTheMechanism() throws Exception {
        X509Certificate cert = TestCerts.certificate(TestCerts.RSA_SHA256_CERT);
        PgException e = failure(exchange(
                Authenticator.scramSha256(STORE),
                tlsRequest("alice", cert),
                "SCRAM-SHA-256",
                new ScramTestClient("secret", "abc", "p=tls-server-end-point,,", new byte[0])));
        assertEquals("08P01", e.sqlState());
        assertEquals("malformed SCRAM message", e.getMessage());
        e = failure(exchange(
                Authenticator.scramSha256(STORE),
                tlsRequest("alice", cert),
                "SCRAM-SHA-256-PLUS",
                ScramTestClient.plain("secret")));
        assertEquals("malformed SCRAM message", e.getMessage());
        e = failure(exchange(
                Authenticator.scramSha256(STORE),
                tlsRequest("alice", cert),
                "SCRAM-SHA-256-PLUS",
                new ScramTestClient("secret", "abc", "p=tls-unique,,", new byte[0])));
        assertEquals("unsupported SCRAM channel-binding type \"tls-unique\"", e.getMessage());
    }

    @Test
    void malformedMessages() {
        Authenticator auth = Authenticator.scramSha256(STORE);
        for (String first : List.of("", "x,,n=,r=abc", "n,n=,r=abc", "n,,r=abc", "n,,n=,x=abc", "n,,n=,r=", "n")) {
            AuthExchange x = auth.begin(request("alice"));
            x.start();
            PgException e = failure(x.respond(new SASLInitialResponse("SCRAM-SHA-256", utf8(first))));
            assertEquals("08P01", e.sqlState(), first);
            assertEquals("malformed SCRAM message", e.getMessage(), first);
        }
        AuthExchange authz = auth.begin(request("alice"));
        authz.start();
        assertEquals(
                "0A000",
                failure(authz.respond(new SASLInitialResponse("SCRAM-SHA-256", utf8("n,a=bob,n=,r=x"))))
                        .sqlState());
        for (String last : List.of(
                "",
                "c=biws",
                "c=biws,r=abc",
                "c=biws,r=abcNONCE,p=notbase64!",
                "c=biws,r=abcNONCE,p=AAAA",
                "c=biws,r=wrong,p=" + "A".repeat(43) + "=",
                "c=biws,r=abcNONCE,p=" + "A".repeat(43) + "=,x=1")) {
            AuthExchange x = new ScramAuthenticator(STORE, () -> "NONCE", new byte[1]).begin(request("alice"));
            x.start();
            text(x.respond(new SASLInitialResponse("SCRAM-SHA-256", utf8("n,,n=,r=abc"))));
            PgException e = failure(x.respond(new SASLResponse(utf8(last))));
            assertEquals("08P01", e.sqlState(), last);
            assertEquals("malformed SCRAM message", e.getMessage(), last);
        }
        AuthExchange x = new ScramAuthenticator(STORE, () -> "NONCE", new byte[1]).begin(request("alice"));
        x.start();
        text(x.respond(new SASLInitialResponse("SCRAM-SHA-256", utf8("n,,n=,r=abc"))));
        PgException e = failure(x.respond(new SASLResponse(utf8("c=eSws,r=abcNONCE,p=" + "A".repeat(43) + "="))));
        assertEquals("unexpected SCRAM channel-binding attribute in client-final-message", e.getMessage());
    }

    @Test
    void missingInitialResponseIsAskedFor() throws Exception {
        ScramTestClient client = ScramTestClient.plain("secret");
        AuthExchange x = Authenticator.scramSha256(STORE).begin(request("alice"));
        x.start();
        assertEquals("", text(x.respond(new SASLInitialResponse("SCRAM-SHA-256", null))));
        byte[] serverFirst =
                text(x.respond(new SASLResponse(client.clientFirst()))).getBytes(StandardCharsets.UTF_8);
        assertInstanceOf(AuthStep.Success.class, x.respond(new SASLResponse(client.clientFinal(serverFirst))));
    }

    @Test
    void unexpectedMessagesFail() {
        AuthExchange x = Authenticator.scramSha256(STORE).begin(request("alice"));
        x.start();
        assertEquals("08P01", failure(x.respond(new PasswordMessage("secret"))).sqlState());
    }

    @Test
    void md5SwitchesToScramForScramVerifiers() throws Exception {
        Authenticator md5 = Authenticator.md5(STORE);
        AuthStep.Challenge c = assertInstanceOf(
                AuthStep.Challenge.class, md5.begin(request("alice")).start());
        assertEquals(new AuthenticationSASL(List.of("SCRAM-SHA-256")), c.message());
        assertInstanceOf(
                AuthStep.Success.class,
                exchange(md5, request("alice"), "SCRAM-SHA-256", ScramTestClient.plain("secret")));
    }

    @Test
    void forMethod() {
        assertInstanceOf(
                AuthStep.Success.class,
                Authenticator.forMethod(AuthMethod.TRUST, null)
                        .begin(request("x"))
                        .start());
        assertInstanceOf(
                AuthenticationSASL.class,
                ((AuthStep.Challenge) Authenticator.forMethod(AuthMethod.SCRAM_SHA_256, STORE)
                                .begin(request("x"))
                                .start())
                        .message());
    }
}

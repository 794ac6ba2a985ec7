package dev.tusk.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.tusk.protocol.backend.AuthenticationCleartextPassword;
import dev.tusk.protocol.backend.AuthenticationMD5Password;
import dev.tusk.protocol.codec.AuthResponseKind;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.server.api.PgException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordAuthenticatorsTest {

    private static final CredentialStore STORE = CredentialStore.ofSecrets(Map.of(
            "alice", CredentialsTest.PG15_SECRET_VERIFIER,
            "bob", "md521f3163f8f86fa10bdefbfbd502a8f06",
            "carol", "secret"));

    private static AuthRequest request(String user) {
        return new AuthRequest(user, "db", null, null);
    }

    private static AuthStep cleartext(String user, String password) {
        AuthExchange x = Authenticator.cleartext(STORE).begin(request(user));
        AuthStep.Challenge c = assertInstanceOf(AuthStep.Challenge.class, x.start());
        assertEquals(AuthenticationCleartextPassword.INSTANCE, c.message());
        assertEquals(AuthResponseKind.PASSWORD, c.expect());
        return x.respond(new PasswordMessage(password));
    }

    /** What libpq sends: "md5" + md5(md5(password || user) || salt), computed here independently. */
    private static String libpqMd5(String password, String user, byte[] salt) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        String inner = HexFormat.of().formatHex(md.digest((password + user).getBytes(StandardCharsets.UTF_8)));
        md.update(inner.getBytes(StandardCharsets.US_ASCII));
        md.update(salt);
        return "md5" + HexFormat.of().formatHex(md.digest());
    }

    private static AuthStep md5(String user, String password) throws Exception {
        AuthExchange x = Authenticator.md5(STORE).begin(request(user));
        AuthStep.Challenge c = assertInstanceOf(AuthStep.Challenge.class, x.start());
        byte[] salt =
                assertInstanceOf(AuthenticationMD5Password.class, c.message()).salt();
        assertEquals(4, salt.length);
        assertEquals(AuthResponseKind.PASSWORD, c.expect());
        return x.respond(new PasswordMessage(password.isEmpty() ? "" : libpqMd5(password, user, salt)));
    }

    private static void assertFailed(String user, AuthStep step) {
        PgException e = assertInstanceOf(AuthStep.Failure.class, step).error();
        assertEquals("FATAL", e.severity());
        assertEquals("28P01", e.sqlState());
        assertEquals("password authentication failed for user \"" + user + "\"", e.getMessage());
        assertEquals(null, e.detail());
    }

    @Test
    void cleartextAgainstEveryKindOfSecret() {
        for (String user : List.of("alice", "bob", "carol")) {
            assertInstanceOf(AuthStep.Success.class, cleartext(user, "secret"), user);
            assertFailed(user, cleartext(user, "Secret"));
            assertFailed(user, cleartext(user, ""));
        }
        assertFailed("nobody", cleartext("nobody", "secret"));
    }

    @Test
    void md5WithPlainPasswordsAndMd5Hashes() throws Exception {
        for (String user : List.of("bob", "carol")) {
            assertInstanceOf(AuthStep.Success.class, md5(user, "secret"), user);
            assertFailed(user, md5(user, "wrong"));
            assertFailed(user, md5(user, ""));
        }
        assertFailed("nobody", md5("nobody", "secret"));
    }

    @Test
    void md5SaltsAreFresh() {
        Authenticator auth = Authenticator.md5(STORE);
        byte[] a = ((AuthenticationMD5Password)
                        ((AuthStep.Challenge) auth.begin(request("bob")).start()).message())
                .salt();
        boolean differs = false;
        for (int i = 0; i < 8 && !differs; i++) {
            byte[] b = ((AuthenticationMD5Password)
                            ((AuthStep.Challenge) auth.begin(request("bob")).start()).message())
                    .salt();
            differs = !java.util.Arrays.equals(a, b);
        }
        assertEquals(true, differs);
    }

    @Test
    void forMethodPicksThePostgresMethod() {
        assertInstanceOf(
                AuthenticationCleartextPassword.class,
                ((AuthStep.Challenge) Authenticator.forMethod(AuthMethod.PASSWORD, STORE)
                                .begin(request("carol"))
                                .start())
                        .message());
        assertInstanceOf(
                AuthenticationMD5Password.class,
                ((AuthStep.Challenge) Authenticator.forMethod(AuthMethod.MD5, STORE)
                                .begin(request("carol"))
                                .start())
                        .message());
    }
}

package dev.tusk.server.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.backend.AuthenticationOk;
import dev.tusk.protocol.backend.AuthenticationSASL;
import dev.tusk.protocol.backend.AuthenticationSASLContinue;
import dev.tusk.protocol.backend.AuthenticationSASLFinal;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.SASLInitialResponse;
import dev.tusk.protocol.frontend.SASLResponse;
import dev.tusk.server.PgServer;
import dev.tusk.server.PgServerConfig;
import dev.tusk.server.auth.Authenticator;
import dev.tusk.server.auth.CredentialStore;
import dev.tusk.testkit.wire.ScriptedClient;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** SCRAM-SHA-256 authentication and malformed input, in memory. */
class InMemoryAuthAndBadInputTest {
    final TestEngine engine = new TestEngine();

    PgServerConfig scramConfig() {
        return PgServer.builder()
                .engine(engine)
                .authenticator(Authenticator.scramSha256(CredentialStore.ofPasswords(Map.of("alice", "s3cret"))))
                .config();
    }

    /** The client side of SCRAM-SHA-256 (RFC 5802/7677) with the JDK's PBKDF2 and HMAC, no channel binding. */
    static final class ScramClient {
        final String password;
        final String clientNonce = "rOprNGfwEbeRWgbNEkqO";
        String clientFirstBare;
        byte[] saltedPassword;
        String authMessage;

        ScramClient(String password) {
            this.password = password;
        }

        byte[] clientFirst() {
            clientFirstBare = "n=,r=" + clientNonce;
            return ("n,," + clientFirstBare).getBytes(UTF_8);
        }

        byte[] clientFinal(byte[] serverFirstBytes) throws Exception {
            String serverFirst = new String(serverFirstBytes, UTF_8);
            String[] parts = serverFirst.split(",");
            String nonce = parts[0].substring(2);
            assertTrue(nonce.startsWith(clientNonce), serverFirst);
            byte[] salt = Base64.getDecoder().decode(parts[1].substring(2));
            int iterations = Integer.parseInt(parts[2].substring(2));
            saltedPassword = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                    .getEncoded();
            String withoutProof = "c=biws,r=" + nonce;
            authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
            byte[] clientKey = hmac(saltedPassword, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] signature = hmac(storedKey, authMessage);
            byte[] proof = new byte[clientKey.length];
            for (int i = 0; i < proof.length; i++) {
                proof[i] = (byte) (clientKey[i] ^ signature[i]);
            }
            return (withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof)).getBytes(UTF_8);
        }

        byte[] expectedServerFinal() throws Exception {
            byte[] serverKey = hmac(saltedPassword, "Server Key");
            return ("v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage))).getBytes(UTF_8);
        }

        static byte[] hmac(byte[] key, String data) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(UTF_8));
        }
    }

    /** Runs SCRAM up to the client's final message; returns the client. */
    static ScramClient scramUpToFinal(ScriptedClient c, String password) throws Exception {
        c.startup("alice", "db", InMemoryConversationTest.psql());
        c.expect(new AuthenticationSASL(List.of("SCRAM-SHA-256")));
        ScramClient scram = new ScramClient(password);
        c.send(new SASLInitialResponse("SCRAM-SHA-256", scram.clientFirst()));
        List<BackendMessage> challenge = c.expectKinds("AuthenticationSASLContinue");
        byte[] serverFirst = ((AuthenticationSASLContinue) challenge.get(0)).data();
        c.send(new SASLResponse(scram.clientFinal(serverFirst)));
        return scram;
    }

    @Test
    void scramSha256AuthenticatesInMemory() throws Exception {
        try (InMemoryServer s = InMemoryServer.start(scramConfig(), InMemoryServer.Mode.THREAD)) {
            ScramClient scram = scramUpToFinal(s.client, "s3cret");
            InMemoryConversationTest.expectStartup(
                    s.client, new AuthenticationSASLFinal(scram.expectedServerFinal()), AuthenticationOk.INSTANCE);
            s.client.send(new Query("series 1"));
            s.client.expectKinds("RowDescription", "DataRow", "CommandComplete", "ReadyForQuery");
        }
    }

    @Test
    void wrongPasswordIsFatal28P01AndCloses() throws Exception {
        try (InMemoryServer s = InMemoryServer.start(scramConfig(), InMemoryServer.Mode.THREAD)) {
            scramUpToFinal(s.client, "wrong");
            s.client.expect(ErrorResponse.of("FATAL", "28P01", "password authentication failed for user \"alice\""));
            s.client.expectClosed();
        }
        assertEquals(0, engine.openSessions.get());
    }

    static ErrorResponse fatal(List<BackendMessage> messages, String code) {
        assertEquals(1, messages.size(), messages::toString);
        ErrorResponse e = assertInstanceOf(ErrorResponse.class, messages.get(0));
        assertEquals(code, e.code(), e::toString);
        assertEquals("FATAL", e.fields().get('S'), e::toString);
        return e;
    }

    void withReady(java.util.function.Consumer<InMemoryServer> test) {
        try (InMemoryServer s =
                InMemoryServer.start(PgServer.builder().engine(engine).config(), InMemoryServer.Mode.DIRECT)) {
            s.client.startup("alice", "db", InMemoryConversationTest.psql());
            InMemoryConversationTest.expectStartup(s.client, AuthenticationOk.INSTANCE);
            test.accept(s);
        }
        assertEquals(0, engine.openSessions.get());
    }

    @Test
    void truncatedMessageThenCloseLeaksNothing() {
        withReady(s -> {
            byte[] query = ScriptedClient.encode(new Query("series 3"));
            s.client.sendBytes(Arrays.copyOf(query, query.length - 3), () -> 1);
            s.client.expectNothing();
            s.channel.close();
            s.client.expectClosed();
            s.client.expectNothing();
        });
    }

    @Test
    void hugeLengthIsFatal54000AndCloses() {
        withReady(s -> {
            s.client.sendBytes(new byte[] {'Q', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 'x'}, () -> 2);
            fatal(s.client.receive(), "54000");
            s.client.expectClosed();
        });
    }

    @Test
    void unknownMessageTypeIsFatal08P01AndCloses() {
        withReady(s -> {
            s.client.sendBytes(new byte[] {'z', 0, 0, 0, 4}, () -> 5);
            fatal(s.client.receive(), "08P01");
            s.client.expectClosed();
        });
    }

    @Test
    void garbageBeforeStartupIsRefusedAndCloses() {
        try (InMemoryServer s =
                InMemoryServer.start(PgServer.builder().engine(engine).config(), InMemoryServer.Mode.DIRECT)) {
            s.client.sendBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(UTF_8), () -> 1);
            List<BackendMessage> answer = s.client.receive();
            assertTrue(answer.size() <= 1, answer::toString);
            if (!answer.isEmpty()) {
                assertEquals(
                        "FATAL",
                        assertInstanceOf(ErrorResponse.class, answer.get(0))
                                .fields()
                                .get('S'));
            }
            s.client.expectClosed();
        }
        assertEquals(0, engine.openSessions.get());
    }
}

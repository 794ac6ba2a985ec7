package dev.tusk.server.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.protocol.ProtocolVersion;
import dev.tusk.protocol.backend.AuthenticationCleartextPassword;
import dev.tusk.protocol.backend.AuthenticationOk;
import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.backend.CommandComplete;
import dev.tusk.protocol.backend.ErrorResponse;
import dev.tusk.protocol.backend.ReadyForQuery;
import dev.tusk.protocol.codec.EncryptionResponse;
import dev.tusk.protocol.frontend.CancelRequest;
import dev.tusk.protocol.frontend.GSSENCRequest;
import dev.tusk.protocol.frontend.PasswordMessage;
import dev.tusk.protocol.frontend.Query;
import dev.tusk.protocol.frontend.SSLRequest;
import dev.tusk.protocol.frontend.Terminate;
import dev.tusk.server.PgServer;
import dev.tusk.server.auth.Authenticator;
import dev.tusk.server.auth.CredentialStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancel, backpressure, bad input, limits and shutdown, against a real server on loopback. */
class ServerBehaviourTest {
    private final TestEngine engine = new TestEngine();
    private PgServer server;

    private PgServer start(PgServer.Builder b) {
        server = b.port(0).engine(engine).build().start();
        return server;
    }

    private PgServer start() {
        return start(PgServer.builder());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Polls a condition (no timing assertion: the deadline only turns a hang into a failure). */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until a counter stops moving (for bounds on work done, not on time). */
    static long settle(LongSupplier counter) throws InterruptedException {
        long last = -1;
        int stable = 0;
        while (stable < 10) {
            Thread.sleep(50);
            long now = counter.getAsLong();
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
        return last;
    }

    private void cancel(InetSocketAddress address, int pid, byte[] key) throws IOException {
        try (WireClient c = WireClient.connect(address)) {
            c.send(new CancelRequest(pid, key));
            assertTrue(c.isClosedByServer(), "the server closes a cancel connection without replying");
        }
    }

    @Test
    void cancelWithTheRightSecretOnlyStopsTheRunningStatement() throws Exception {
        start();
        try (WireClient c = WireClient.ready(server.address())) {
            // nothing runs: a cancel does nothing
            cancel(server.address(), c.keyData.processId(), c.keyData.secretKey());
            c.send(new Query("sleep"));
            assertTrue(engine.sleeping.await(30, java.util.concurrent.TimeUnit.SECONDS));
            byte[] wrong = c.keyData.secretKey().clone();
            wrong[0] ^= 1;
            cancel(server.address(), c.keyData.processId(), wrong);
            cancel(server.address(), c.keyData.processId() + 1, c.keyData.secretKey());
            assertFalse(engine.sleeper.isCancelled(), "a wrong key must not cancel");
            cancel(server.address(), c.keyData.processId(), c.keyData.secretKey());
            List<BackendMessage> msgs = c.untilReady();
            ProtocolConversationTest.assertError(msgs.get(0), "57014", "canceling statement due to user request");
            assertEquals(new ReadyForQuery('I'), msgs.get(1));
            c.send(new Query("series 1"));
            assertEquals(4, c.untilReady().size());
        }
    }

    /**
     * pgjdbc sends one CancelRequest per query: one that arrives while the query is still queued or being
     * prepared must stop the statement when it starts, not be lost (PostgreSQL acts on it too).
     */
    @Test
    void aCancelArrivingBeforeTheStatementStartsStopsIt() throws Exception {
        start();
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("parked sleep"));
            assertTrue(engine.preparing.await(30, java.util.concurrent.TimeUnit.SECONDS));
            cancel(server.address(), c.keyData.processId(), c.keyData.secretKey());
            engine.releasePrepare.countDown();
            List<BackendMessage> msgs = c.untilReady();
            ProtocolConversationTest.assertError(msgs.get(0), "57014", "canceling statement due to user request");
            c.send(new Query("series 1"));
            assertEquals(4, c.untilReady().size(), "a cancel applies to one statement only");
        }
    }

    @Test
    void statementTimeout() throws Exception {
        start(PgServer.builder().setting("statement_timeout", "50ms"));
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("sleep"));
            ProtocolConversationTest.assertError(
                    c.untilReady().get(0), "57014", "canceling statement due to statement timeout");
        }
    }

    @Test
    void aSlowReaderBoundsTheRowsPulled() throws Exception {
        start();
        long total = 3_000_000;
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(16 * 1024);
            s.connect(server.address());
            WireClient c = new WireClient(s);
            c.startup(ProtocolVersion.V3_0, Map.of("user", "slow"));
            List<BackendMessage> startup = c.untilReady();
            c.keyData = (dev.tusk.protocol.backend.BackendKeyData) startup.get(startup.size() - 2);
            c.send(new Query("series " + total));
            long pulled = settle(engine.rowsPulled::get);
            // socket buffers plus the channel's high water mark plus one 64 KiB batch: far below the result
            assertTrue(pulled < 500_000, "rows pulled while the client does not read: " + pulled);
            cancel(server.address(), c.keyData.processId(), c.keyData.secretKey());
            List<BackendMessage> msgs = c.untilReady();
            BackendMessage error = msgs.get(msgs.size() - 2);
            ProtocolConversationTest.assertError(error, "57014", "canceling statement due to user request");
            assertEquals(msgs.size() - 3, engine.rowsPulled.get());
            assertEquals(1, engine.closedStreams.get());
        }
    }

    @Test
    void badInputEndsOnlyThatConnection() throws Exception {
        start();
        try (WireClient other = WireClient.ready(server.address())) {
            try (WireClient c = WireClient.connect(server.address())) {
                c.sendRaw("GET / HTTP/1.1\r\n\r\n".getBytes(UTF_8));
                List<BackendMessage> msgs = c.untilClosed();
                ProtocolConversationTest.assertError(msgs.get(0), "08P01", "invalid length of startup packet");
            }
            try (WireClient c = WireClient.ready(server.address())) {
                c.sendRaw(new byte[] {'Q', 0x7f, -1, -1, -1});
                ErrorResponse e =
                        assertInstanceOf(ErrorResponse.class, c.untilClosed().get(0));
                assertEquals("54000", e.code());
                assertEquals("FATAL", e.severity());
            }
            try (WireClient c = WireClient.ready(server.address())) {
                c.sendRaw(new byte[] {'z', 0, 0, 0, 4});
                ErrorResponse e =
                        assertInstanceOf(ErrorResponse.class, c.untilClosed().get(0));
                assertEquals("08P01", e.code());
            }
            try (WireClient c = WireClient.ready(server.address())) {
                // a truncated message, then the client vanishes
                c.sendRaw(new byte[] {'Q', 0, 0, 0, 100, 's', 'e'});
            }
            try (WireClient c = WireClient.ready(server.address())) {
                // disconnect mid-statement: the statement is stopped and the session released
                c.send(new Query("sleep"));
                assertTrue(engine.sleeping.await(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            await("the abandoned sessions to be released", () -> engine.openSessions.get() == 1);
            assertTrue(engine.sleeper.isCancelled());
            await("connections to close", () -> server.connectionCount() == 1);
            other.send(new Query("series 2"));
            assertEquals(
                    List.of("RowDescription", "DataRow", "DataRow", "CommandComplete", "ReadyForQuery"),
                    ProtocolConversationTest.kinds(other.untilReady()));
        }
    }

    @Test
    void encryptionRequestsAreDeclinedWithoutTls() throws Exception {
        start();
        try (WireClient c = WireClient.connect(server.address())) {
            c.send(new SSLRequest());
            c.expectEncryptionResponse();
            assertEquals(EncryptionResponse.REJECTED, c.nextObject());
            c.send(new GSSENCRequest());
            c.expectEncryptionResponse();
            assertEquals(EncryptionResponse.REJECTED, c.nextObject());
            c.startup(ProtocolVersion.V3_0, Map.of("user", "x"));
            assertEquals(new ReadyForQuery('I'), c.untilReady().getLast());
            c.send(new Terminate());
            assertTrue(c.isClosedByServer());
        }
    }

    @Test
    void passwordAuthenticationAndFailure() throws Exception {
        start(PgServer.builder()
                .authenticator(Authenticator.cleartext(CredentialStore.ofPasswords(Map.of("alice", "s3cret")))));
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "alice"));
            assertEquals(new AuthenticationCleartextPassword(), c.next());
            c.send(new PasswordMessage("s3cret"));
            assertEquals(AuthenticationOk.INSTANCE, c.next());
            assertEquals(new ReadyForQuery('I'), c.untilReady().getLast());
        }
        try (WireClient c = WireClient.connect(server.address())) {
            c.startup(ProtocolVersion.V3_0, Map.of("user", "alice"));
            assertEquals(new AuthenticationCleartextPassword(), c.next());
            c.send(new PasswordMessage("wrong"));
            ErrorResponse e =
                    assertInstanceOf(ErrorResponse.class, c.untilClosed().get(0));
            assertEquals("28P01", e.code());
            assertEquals("FATAL", e.severity());
        }
    }

    @Test
    void stalledHandshakeIsClosed() throws Exception {
        start(PgServer.builder().authenticationTimeout(Duration.ofMillis(100)));
        try (WireClient c = WireClient.connect(server.address())) {
            assertTrue(c.isClosedByServer());
        }
    }

    @Test
    void tooManyClients() throws Exception {
        start(PgServer.builder().maxConnections(1));
        try (WireClient first = WireClient.ready(server.address());
                WireClient second = WireClient.connect(server.address())) {
            second.startup(ProtocolVersion.V3_0, Map.of("user", "x"));
            ProtocolConversationTest.assertError(
                    second.untilClosed().get(0), "53300", "sorry, too many clients already");
            first.send(new Query("series 1"));
            assertEquals(4, first.untilReady().size());
        }
    }

    @Test
    void gracefulShutdown() throws Exception {
        start(PgServer.builder().shutdownGracePeriod(Duration.ofMillis(200)));
        try (WireClient idle = WireClient.ready(server.address());
                WireClient busy = WireClient.ready(server.address())) {
            busy.send(new Query("sleep"));
            assertTrue(engine.sleeping.await(30, java.util.concurrent.TimeUnit.SECONDS));
            server.close();
            List<BackendMessage> idleEnd = idle.untilClosed();
            ProtocolConversationTest.assertError(
                    idleEnd.get(0), "57P01", "terminating connection due to administrator command");
            assertEquals("FATAL", ((ErrorResponse) idleEnd.get(0)).severity());
            List<BackendMessage> busyEnd = busy.untilClosed();
            ProtocolConversationTest.assertError(
                    busyEnd.get(busyEnd.size() - 1), "57P01", "terminating connection due to administrator command");
            assertTrue(engine.sleeper.isCancelled());
            assertEquals(0, server.connectionCount());
        }
        server = null;
    }

    @Test
    void runningStatementsFinishWithinTheGracePeriod() throws Exception {
        start(PgServer.builder().shutdownGracePeriod(Duration.ofSeconds(20)));
        InetSocketAddress address = server.address();
        try (WireClient busy = WireClient.ready(address)) {
            busy.send(new Query("block"));
            assertTrue(engine.sleeping.await(30, java.util.concurrent.TimeUnit.SECONDS));
            Thread closer = Thread.ofPlatform().start(server::close);
            await("shutdown to stop accepting", () -> {
                try (Socket probe = new Socket(address.getAddress(), address.getPort())) {
                    return false;
                } catch (IOException refused) {
                    return true;
                }
            });
            engine.release.countDown();
            List<BackendMessage> msgs = busy.untilClosed();
            assertEquals(new CommandComplete("BLOCK"), msgs.get(0));
            assertEquals(new ReadyForQuery('I'), msgs.get(1));
            ProtocolConversationTest.assertError(
                    msgs.get(2), "57P01", "terminating connection due to administrator command");
            closer.join();
        }
        server = null;
    }

    @Test
    void aProtocolHandlerCanAnswerOrDefer() throws Exception {
        start(PgServer.builder().protocolHandler(new dev.tusk.server.api.ProtocolHandler() {
            @Override
            public void onQuery(Query message, dev.tusk.server.api.ProtocolContext context) throws Exception {
                if (message.sql().equals("hello")) {
                    context.send(new CommandComplete("HELLO"));
                    context.readyForQuery();
                } else {
                    context.proceed(message);
                }
            }
        }));
        try (WireClient c = WireClient.ready(server.address())) {
            c.send(new Query("hello"));
            assertEquals(List.of(new CommandComplete("HELLO"), new ReadyForQuery('I')), c.untilReady());
            c.send(new Query("series 1"));
            assertEquals(4, c.untilReady().size());
        }
    }

    @Test
    void aCopyInProgressMayFinishDuringTheGracePeriod() throws Exception {
        start(PgServer.builder().shutdownGracePeriod(Duration.ofSeconds(20)));
        InetSocketAddress address = server.address();
        try (WireClient c = WireClient.ready(address)) {
            c.send(new Query("copy in"));
            assertInstanceOf(dev.tusk.protocol.backend.CopyInResponse.class, c.next());
            c.send(new dev.tusk.protocol.frontend.CopyData("1\ta\n".getBytes(UTF_8)));
            Thread closer = Thread.ofPlatform().start(server::close);
            await("shutdown to stop accepting", () -> {
                try (Socket probe = new Socket(address.getAddress(), address.getPort())) {
                    return false;
                } catch (IOException refused) {
                    return true;
                }
            });
            c.send(
                    new dev.tusk.protocol.frontend.CopyData("2\tb\n".getBytes(UTF_8)),
                    new dev.tusk.protocol.frontend.CopyDone());
            List<BackendMessage> msgs = c.untilClosed();
            assertEquals(new CommandComplete("COPY 2"), msgs.get(0));
            assertEquals(new ReadyForQuery('I'), msgs.get(1));
            assertEquals("57P01", ((ErrorResponse) msgs.get(2)).code());
            closer.join();
        }
        server = null;
    }
}
